/**
 * The listings' places in cells of a tenth of a degree, so a radius search reads only the cells
 * its circle touches instead of every listing: at a million listings over a Land, 10 km around a
 * town is a few dozen cells and a few per cent of the listings. Cells wholly inside the circle
 * are taken without a test; only listings in cells the circle's edge crosses are measured
 * against the radius, with the same arithmetic as every listing was before (query.ts), so the
 * answer is exactly the listings the full scan finds.
 *
 * Slots only grow (a changed listing gets a new slot), so the grid follows the listings by
 * adding the slots put since it last looked; dead slots stay in their cell and are dropped by the
 * visible set every search is intersected with. A rebuild or a restored snapshot starts a new
 * Listings and with it a new grid, built on its first radius search.
 */
import { earthRadius } from './earth.js';

/** Cells per degree: 0.1° is 11 km north–south and 7 km east–west in Saxony. */
const perDegree = 10;
const latCells = 180 * perDegree;
const lonCells = 360 * perDegree;
const degrees = 180 / Math.PI;

interface Cell {
  lat: number;
  lon: number;
  slots: Uint32Array;
  n: number;
}

/** A cell the circle touches; `inside`: every point of it lies within the radius. */
export interface NearCell {
  slots: Uint32Array;
  n: number;
  inside: boolean;
}

export interface Coordinates {
  slots: number;
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
}

export class Grid {
  private readonly cells = new Map<number, Cell>();
  /** Slots below this are in their cells. */
  private covered = 0;

  /** Adds the slots put since the last call (those without a place go nowhere). */
  follow(listings: Coordinates): void {
    const { x, y, z } = listings;
    for (let slot = this.covered; slot < listings.slots; slot++) {
      const sx = x[slot]!;
      if (Number.isNaN(sx)) continue;
      // The inverse of listings.ts's ll_to_earth: the cell is found from what the index keeps.
      const lat = Math.asin(Math.max(-1, Math.min(1, z[slot]! / earthRadius))) * degrees;
      const lon = Math.atan2(y[slot]!, sx) * degrees;
      const latCell = Math.min(latCells - 1, Math.max(0, Math.floor((lat + 90) * perDegree)));
      const lonCell = ((Math.floor((lon + 180) * perDegree) % lonCells) + lonCells) % lonCells;
      const key = latCell * lonCells + lonCell;
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = { lat: latCell, lon: lonCell, slots: new Uint32Array(4), n: 0 }));
      if (cell.n === cell.slots.length) {
        const next = new Uint32Array(Math.ceil(cell.n * 1.5) + 4);
        next.set(cell.slots);
        cell.slots = next;
      }
      cell.slots[cell.n++] = slot;
    }
    this.covered = listings.slots;
  }

  /**
   * The cells that may hold a point within `metres` of (lat, lon) (degrees): those meeting the
   * circle's bounding box in latitude and longitude, each marked inside when its farthest corner
   * is within the radius (on a sphere a small cell's farthest point from any point is a corner).
   */
  near(lat: number, lon: number, metres: number): NearCell[] {
    const found: NearCell[] = [];
    const angle = metres / earthRadius;
    if (angle >= Math.PI) {
      for (const cell of this.cells.values()) found.push({ slots: cell.slots, n: cell.n, inside: false });
      return found;
    }
    // A hair wider than the exact box, for the rounding of the cells' own coordinates.
    const slack = 1e-7;
    const latFrom = lat - angle * degrees - slack;
    const latTo = lat + angle * degrees + slack;
    let lonFrom = 0;
    let lonTo = lonCells - 1;
    const spread = Math.sin(angle) / Math.cos((lat * Math.PI) / 180);
    if (latFrom > -90 && latTo < 90 && spread < 1) {
      const half = Math.asin(spread) * degrees + slack;
      lonFrom = Math.floor((lon - half + 180) * perDegree);
      lonTo = Math.floor((lon + half + 180) * perDegree);
      if (lonTo - lonFrom >= lonCells) {
        lonFrom = 0;
        lonTo = lonCells - 1;
      }
    }
    const rowFrom = Math.max(0, Math.floor((latFrom + 90) * perDegree));
    const rowTo = Math.min(latCells - 1, Math.floor((latTo + 90) * perDegree));
    const phi = (lat * Math.PI) / 180;
    const lambda = (lon * Math.PI) / 180;
    // Inside only with a metre and a relative hair to spare: the exact test measures from the
    // listing's stored coordinates, which may lie a rounding error outside its cell.
    const insideAngle = (metres * (1 - 1e-9) - 1) / earthRadius;
    for (let row = rowFrom; row <= rowTo; row++) {
      for (let column = lonFrom; column <= lonTo; column++) {
        const wrapped = ((column % lonCells) + lonCells) % lonCells;
        const cell = this.cells.get(row * lonCells + wrapped);
        if (!cell) continue;
        const inside = insideAngle > 0 && farthestCorner(phi, lambda, row, wrapped) <= insideAngle;
        found.push({ slots: cell.slots, n: cell.n, inside });
      }
    }
    return found;
  }

  /** Bytes held by the cells' slot lists and their entries. */
  bytes(): number {
    let total = 0;
    for (const cell of this.cells.values()) total += cell.slots.byteLength + 80;
    return total;
  }
}

/** The largest central angle from (phi, lambda) (radians) to a corner of the cell. */
function farthestCorner(phi: number, lambda: number, row: number, column: number): number {
  let farthest = 0;
  for (const r of [row, row + 1]) {
    const cornerPhi = ((r / perDegree - 90) * Math.PI) / 180;
    for (const c of [column, column + 1]) {
      const cornerLambda = ((c / perDegree - 180) * Math.PI) / 180;
      const a = Math.sin((cornerPhi - phi) / 2) ** 2 + Math.cos(phi) * Math.cos(cornerPhi) * Math.sin((cornerLambda - lambda) / 2) ** 2;
      farthest = Math.max(farthest, 2 * Math.asin(Math.min(1, Math.sqrt(a))));
    }
  }
  return farthest;
}
