/** A canvas to sign on with pointer events (finger, pen or mouse); exports a PNG. */
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

export interface SignaturePadHandle {
  clear(): void;
  toPng(): Promise<Blob | null>;
}

interface Props {
  disabled?: boolean;
  label: string;
  onDraw(): void;
}

export const SignaturePad = forwardRef<SignaturePadHandle, Props>(function SignaturePad(
  { disabled, label, onDraw },
  ref,
) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const el = canvas.current!;
    // Draw at device resolution so the signature stays sharp on phones.
    const ratio = window.devicePixelRatio || 1;
    el.width = el.clientWidth * ratio;
    el.height = el.clientHeight * ratio;
    const ctx = el.getContext('2d')!;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#1f1f1f';
  }, []);

  useImperativeHandle(ref, () => ({
    clear() {
      const el = canvas.current!;
      el.getContext('2d')!.clearRect(0, 0, el.width, el.height);
    },
    toPng: () => new Promise((resolve) => canvas.current!.toBlob(resolve, 'image/png')),
  }));

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={label}
      data-testid="signature-pad"
      style={{
        width: '100%',
        maxWidth: 360,
        height: 140,
        border: '1px dashed #bfbfbf',
        borderRadius: 6,
        touchAction: 'none',
        background: '#fff',
        cursor: disabled ? 'not-allowed' : 'crosshair',
      }}
      onPointerDown={(e) => {
        if (disabled) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        last.current = point(e);
      }}
      onPointerMove={(e) => {
        if (!last.current) return;
        const ctx = e.currentTarget.getContext('2d')!;
        const next = point(e);
        ctx.beginPath();
        ctx.moveTo(last.current.x, last.current.y);
        ctx.lineTo(next.x, next.y);
        ctx.stroke();
        last.current = next;
        onDraw();
      }}
      onPointerUp={() => (last.current = null)}
      onPointerCancel={() => (last.current = null)}
    />
  );
});
