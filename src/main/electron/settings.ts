// The host's own remembered settings (which display the big screen goes to),
// in a small JSON file under userData. Bad or missing files mean defaults.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type HostSettings = { bigScreenDisplayId: number | null };
const DEFAULTS: HostSettings = { bigScreenDisplayId: null };

export function loadSettings(dir: string): HostSettings {
  try {
    const raw = JSON.parse(readFileSync(join(dir, 'host-settings.json'), 'utf8')) as Partial<HostSettings>;
    return { bigScreenDisplayId: typeof raw.bigScreenDisplayId === 'number' ? raw.bigScreenDisplayId : null };
  } catch {
    return { ...DEFAULTS };
  }
}

export function saveSettings(dir: string, settings: HostSettings): void {
  writeFileSync(join(dir, 'host-settings.json'), JSON.stringify(settings, null, 2));
}
