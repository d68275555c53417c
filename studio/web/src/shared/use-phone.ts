import { Grid } from 'antd';

/** True below antd's `md` breakpoint (768 px): phones get drawers, cards and stacked layouts. */
export function usePhone(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined; assume a desktop.
  return screens.md === false;
}
