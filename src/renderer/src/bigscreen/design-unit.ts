// The big screen is designed at 1920×1080 and scaled by layout, never by a CSS
// transform: one design pixel is `u` screen pixels, u = min(width/1920,
// height/1080). Text and boxes are sized in calc(N * var(--bs-u)); the map and
// the charts then fill their boxes at the wall's native resolution, so nothing
// is blurred and a click lands where it is drawn. On a 5760×1080 band u stays
// 1 and the extra width goes to the map.
import { useEffect, useState } from 'react';

export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;

export const designUnit = (width: number, height: number): number => Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);

export function useDesignUnit(): number {
  const read = () => designUnit(window.innerWidth, window.innerHeight);
  const [u, setU] = useState(read);
  useEffect(() => {
    const onResize = () => setU(read());
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, []);
  return u;
}
