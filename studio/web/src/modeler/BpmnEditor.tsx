/**
 * The bpmn-js Modeler with the properties panel and our `wf` extension groups. The canvas
 * keeps its bottom-right corner free: the bpmn.io watermark must stay fully visible.
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './modeler.css';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { wfModdleDescriptor } from '../../../../engine/bpmn/index';
import { usePhone } from '../shared/use-phone';
import { ProblemMarkers } from './problem-markers';
import type { Problem } from './ProblemList';
import { studioContextModule, type WfStudioContext } from './properties/studio-context';
import { wfPropertiesProviderModule } from './properties/wf-properties-provider';
import { translateModule } from './zh-diagram-translations';

export interface BpmnEditorHandle {
  saveXml(): Promise<string>;
  select(elementId: string): void;
  showProblems(problems: Problem[], label: (count: number) => string): void;
}

interface Props {
  xml: string;
  studio: WfStudioContext;
  onChanged(): void;
  onImported(warnings: string[]): void;
  onImportFailed(err: Error): void;
}

export const BpmnEditor = forwardRef<BpmnEditorHandle, Props>(function BpmnEditor(props, ref) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<BpmnModeler | null>(null);
  const markersRef = useRef<ProblemMarkers | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const phone = usePhone();

  useEffect(() => {
    const modeler = new BpmnModeler({
      container: canvasRef.current!,
      propertiesPanel: { parent: panelRef.current! },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        studioContextModule(props.studio),
        wfPropertiesProviderModule,
        translateModule(props.studio.locale),
      ] as never[],
      moddleExtensions: { wf: wfModdleDescriptor } as never,
    });
    modelerRef.current = modeler;
    markersRef.current = new ProblemMarkers({
      canvas: modeler.get('canvas'),
      overlays: modeler.get('overlays'),
      elementRegistry: modeler.get('elementRegistry'),
    });
    const changed = () => callbacks.current.onChanged();
    modeler.on('commandStack.changed', changed);
    const observer = new ResizeObserver(() => modeler.get<{ resized(): void }>('canvas').resized());
    observer.observe(canvasRef.current!);
    return () => {
      observer.disconnect();
      modeler.off('commandStack.changed', changed);
      modeler.destroy();
      modelerRef.current = null;
    };
    // The modeler lives as long as the component; the page remounts it (key) for a new language.
  }, []);

  useEffect(() => {
    const modeler = modelerRef.current!;
    // A modeler destroyed mid-import (unmount, React's strict-mode remount) is no failure to report.
    const current = () => modelerRef.current === modeler;
    modeler.importXML(props.xml).then(
      ({ warnings }) => {
        if (!current()) return;
        modeler.get<{ zoom(level: string): void }>('canvas').zoom('fit-viewport');
        callbacks.current.onImported(warnings);
      },
      (err: Error) => current() && callbacks.current.onImportFailed(err),
    );
  }, [props.xml]);

  useImperativeHandle(ref, () => ({
    async saveXml() {
      const { xml } = await modelerRef.current!.saveXML({ format: true });
      return xml ?? '';
    },
    select(elementId) {
      const modeler = modelerRef.current!;
      const element = modeler.get<{ get(id: string): unknown }>('elementRegistry').get(elementId);
      if (!element) return;
      modeler.get<{ select(e: unknown): void }>('selection').select(element);
      modeler.get<{ scrollToElement(e: unknown): void }>('canvas').scrollToElement(element);
    },
    showProblems(problems, label) {
      markersRef.current?.show(problems, label);
    },
  }));

  return (
    <div className={`wf-editor ${phone ? 'phone' : ''}`} data-testid="bpmn-editor">
      <div ref={canvasRef} className="wf-editor-canvas" data-testid="bpmn-canvas" />
      <div ref={panelRef} className="wf-editor-panel" data-testid="properties-panel" />
    </div>
  );
});
