// The few glyphs the map's tool buttons need, inline so no icon font or
// extra package is loaded.
const svg = (d: string) =>
  function Icon() {
    return (
      <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d={d} />
      </svg>
    );
  };

export const LayersIcon = svg('M12 3 2 8l10 5 10-5-10-5ZM2 13l10 5 10-5M2 17.5l10 5 10-5');
export const GlobeIcon = svg('M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-10 10h20M12 2c2.8 3 4 6.3 4 10s-1.2 7-4 10c-2.8-3-4-6.3-4-10s1.2-7 4-10Z');
export const TreeIcon = svg('M4 4h6v4H4zM14 10h6v4h-6zM14 17h6v4h-6zM7 8v11h7M7 12h7');
export const HomeIcon = svg('M3 11 12 3l9 8M5 9.5V21h14V9.5');
export const ImportIcon = svg('M12 3v12M7 10l5 5 5-5M4 17v3h16v-3');
