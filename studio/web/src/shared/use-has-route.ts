import { useEffect, useState } from 'react';
import { hasRoute } from '../api/capabilities';

/** Whether the server offers a route; undefined while asking. Unknown (the document failed) counts as offered. */
export function useHasRoute(method: string, path: string): boolean | undefined {
  const [offered, setOffered] = useState<boolean>();
  useEffect(() => {
    let live = true;
    hasRoute(method, path).then(
      (yes) => live && setOffered(yes),
      () => live && setOffered(true),
    );
    return () => {
      live = false;
    };
  }, [method, path]);
  return offered;
}
