/**
 * Marks elements with compile problems on the canvas: a red (or amber) outline and a badge
 * with the number of problems. Problems without an element id are listed only.
 */
import type { Problem } from './ProblemList';

interface Canvas {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
}
interface Overlays {
  add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): string;
  remove(filter: { type: string }): void;
}
interface ElementRegistry {
  get(id: string): unknown;
}

const MARKERS = ['wf-has-error', 'wf-has-warning'];

export class ProblemMarkers {
  private marked: string[] = [];

  constructor(private readonly services: { canvas: Canvas; overlays: Overlays; elementRegistry: ElementRegistry }) {}

  show(problems: Problem[], label: (count: number) => string): void {
    this.clear();
    const byElement = new Map<string, Problem[]>();
    for (const p of problems) {
      if (!p.elementId || !this.services.elementRegistry.get(p.elementId)) continue;
      byElement.set(p.elementId, [...(byElement.get(p.elementId) ?? []), p]);
    }
    for (const [id, list] of byElement) {
      const errors = list.filter((p) => p.severity !== 'warning').length;
      this.services.canvas.addMarker(id, errors ? 'wf-has-error' : 'wf-has-warning');
      const badge = document.createElement('div');
      badge.className = `wf-problem-badge ${errors ? 'error' : 'warning'}`;
      badge.textContent = String(list.length);
      badge.title = `${label(list.length)}\n${list.map((p) => p.message).join('\n')}`;
      badge.dataset.testid = `problem-badge-${id}`;
      this.services.overlays.add(id, 'wf-problems', { position: { top: -10, right: 10 }, html: badge });
      this.marked.push(id);
    }
  }

  clear(): void {
    for (const id of this.marked) for (const m of MARKERS) this.services.canvas.removeMarker(id, m);
    this.services.overlays.remove({ type: 'wf-problems' });
    this.marked = [];
  }
}
