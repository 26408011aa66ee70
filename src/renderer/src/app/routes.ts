// The workstation's screens, addressed by the URL hash so a wall controller
// can open the big screen directly (…/#/bigscreen) in either host.
import { useEffect, useState } from 'react';

export const routes = ['dispatch', 'platforms', 'bigscreen'] as const;
export type Route = (typeof routes)[number];

const parse = (hash: string): Route => {
  const name = hash.replace(/^#\/?/, '').split(/[?&]/)[0];
  return (routes as readonly string[]).includes(name ?? '') ? (name as Route) : 'dispatch';
};

export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parse(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parse(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return [route, (r) => void (location.hash = `#/${r}`)];
}
