/**
 * A read-only diagram (bpmn-js NavigatedViewer: pan and zoom) with CSS markers on elements,
 * e.g. completed / active / incident nodes of an instance or the changes between versions.
 * The bpmn.io watermark in the bottom-right corner stays visible.
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './diagram-markers.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';
import { wfModdleDescriptor } from '../../../../engine/bpmn/index';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from './ErrorAlert';

interface Canvas {
  zoom(level: string): void;
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
}

export interface DiagramViewerProps {
  xml: string;
  /** CSS class names per element id, e.g. `{ UserTask_Review: ['wf-completed'] }`. */
  markers?: Record<string, string[]>;
  height?: number | string;
  onElementClick?(id: string): void;
  testId?: string;
}

export function DiagramViewer({ xml, markers, height = 420, onElementClick, testId }: DiagramViewerProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const [imported, setImported] = useState(0);
  const [error, setError] = useState<Error>();
  const click = useRef(onElementClick);
  click.current = onElementClick;

  useEffect(() => {
    const v = new NavigatedViewer({
      container: container.current!,
      moddleExtensions: { wf: wfModdleDescriptor } as never,
    });
    viewer.current = v;
    v.on('element.click', (e: { element: { id: string; type: string } }) => {
      if (e.element.type !== 'bpmn:Process') click.current?.(e.element.id);
    });
    // A rotated phone or a resized window should still show the whole diagram.
    const observer = new ResizeObserver(() => {
      // Fitting a container of no size (hidden, or already removed before this effect's cleanup
      // ran) divides by zero: bpmn-js throws "non-finite" from SVGMatrix.scale. It fits once shown.
      if (!hasSize(container.current)) return;
      const canvas = v.get<Canvas & { resized(): void }>('canvas');
      canvas.resized();
      canvas.zoom('fit-viewport');
    });
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      viewer.current = null;
      v.destroy();
    };
  }, []);

  useEffect(() => {
    const v = viewer.current!;
    // A viewer destroyed mid-import (unmount, strict-mode remount) reports nothing.
    v.importXML(xml).then(
      () => {
        if (viewer.current !== v) return;
        if (hasSize(container.current)) v.get<Canvas>('canvas').zoom('fit-viewport');
        setError(undefined);
        setImported((n) => n + 1);
      },
      (err: Error) => {
        if (viewer.current !== v) return;
        console.error('showing the diagram failed', err);
        setError(err);
      },
    );
  }, [xml]);

  useEffect(() => {
    if (!imported || !markers) return;
    const canvas = viewer.current!.get<Canvas>('canvas');
    const registry = viewer.current!.get<{ get(id: string): unknown }>('elementRegistry');
    const applied: Array<[string, string]> = [];
    for (const [id, classes] of Object.entries(markers)) {
      if (!registry.get(id)) continue;
      for (const c of classes) {
        canvas.addMarker(id, c);
        applied.push([id, c]);
      }
    }
    return () => {
      if (viewer.current) applied.forEach(([id, c]) => canvas.removeMarker(id, c)); // not after destroy
    };
  }, [markers, imported]);

  return (
    <div>
      {error && <ErrorAlert error={new Error(t('diagram.importFailed', { detail: error.message }))} />}
      <div
        ref={container}
        data-testid={testId ?? 'diagram-viewer'}
        data-imported={imported > 0}
        style={{ height, position: 'relative', border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }}
      />
    </div>
  );
}

function hasSize(el: HTMLElement | null): el is HTMLElement {
  return el !== null && el.isConnected && el.clientWidth > 0 && el.clientHeight > 0;
}
