// What the core's grid tiles hold and the map's layers read: one vector-tile
// layer of community outlines below GRID_TILE_MINZOOM, one of grids from there.
// Features carry their code as a property; the map promotes it to the id.

export const GRID_TILE_LAYER = 'grids';
export const COMMUNITY_TILE_LAYER = 'communities';
/** Grids are legible from here (an urban grid is a few pixels wide at z12); below it a community stands for its grids. */
export const GRID_TILE_MINZOOM = 12;
/** Past this zoom the map over-zooms z14 tiles: grids are hundreds of metres across. */
export const GRID_TILE_MAXZOOM = 14;
export const gridCrs = ['wgs84', 'gcj02'] as const;
export type GridCrs = (typeof gridCrs)[number];
/** A grid's community is the first 12 digits of its 15-digit code. */
export const communityOf = (gridCode: string) => gridCode.slice(0, 12);
