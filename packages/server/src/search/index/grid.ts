/**
 * The listings' places in cells of a fortieth of a degree, so a radius search reads only the
 * cells its circle touches instead of every listing: at a million listings over a Land, 10 km
 * around a town is about a hundred cells and a few per cent of the listings. Cells wholly inside the circle
 * are taken without a test; only listings in cells the circle's edge crosses are measured
 * against the radius (query.ts), so the answer is exactly the listings the full scan finds.
 *
 * Each cell keeps its listings' places beside their slots, as offsets from the cell's centre in
 * eighths of a metre (three 16-bit integers): measuring a cell reads it in order. Read from the
 * listings' own columns instead, each place was three reads from arrays of 8 MB at a million
 * listings, most of a radius search's time (83 ns a listing on the edge, now 6 ns), for 6 bytes
 * a listing with a place (and the listings keep latitude and longitude, 16 bytes, no longer
 * the point's three coordinates, 24).
 *
 * Slots only grow (a changed listing gets a new slot), so the grid follows the listings by
 * adding the slots put since it last looked; dead slots stay in their cell and are dropped by the
 * visible set every search is intersected with. A rebuild or a restored snapshot starts a new
 * Listings and with it a new grid, built on its first radius search.
 */
import { earthPoint, earthRadius } from './earth.js';

/**
 * Cells per degree: 0.025° is 2.8 km north–south and 1.75 km east–west in Saxony. Reading the
 * places of the listings in cells the circle's edge crosses was a third of a radius search's
 * time at a million listings with cells of 0.1°; four times finer cells leave about a quarter
 * as many places on the edge, for a few hundred bytes more per thousand cells. The corner test
 * below costs a few multiplications a cell, so sixteen times as many cells in a circle's box
 * cost little.
 */
const perDegree = 40;
const latCells = 180 * perDegree;
const lonCells = 360 * perDegree;
const degrees = 180 / Math.PI;

interface Cell {
  lat: number;
  lon: number;
  slots: Uint32Array;
  n: number;
  /** The cell's centre on the sphere, in the listings' x, y, z (metres). */
  origin: Float64Array;
  /** Each slot's x, y, z less the origin, in offsetUnits, rounded. */
  offsets: Int16Array;
}

/** A cell the circle touches; `inside`: every point of it lies within the radius. */
export interface NearCell {
  slots: Uint32Array;
  n: number;
  origin: Float64Array;
  offsets: Int16Array;
  inside: boolean;
  /** The cell's row and column (as the circle's box counts it: it may run past the antimeridian). */
  row: number;
  column: number;
}

export interface Places {
  slots: number;
  lat: Float64Array;
  lon: Float64Array;
}

export class Grid {
  private readonly cells = new Map<number, Cell>();
  /** Slots below this are in their cells. */
  private covered = 0;

  /** Adds the slots put since the last call (those without a place go nowhere). */
  follow(listings: Places): void {
    const first = this.covered === 0;
    const point = new Float64Array(3);
    for (let slot = this.covered; slot < listings.slots; slot++) {
      const lat = listings.lat[slot]!;
      const lon = listings.lon[slot]!;
      if (Number.isNaN(lat)) continue;
      const latCell = Math.min(latCells - 1, Math.max(0, Math.floor((lat + 90) * perDegree)));
      const lonCell = ((Math.floor((lon + 180) * perDegree) % lonCells) + lonCells) % lonCells;
      const key = latCell * lonCells + lonCell;
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = newCell(latCell, lonCell)));
      if (cell.n === cell.slots.length) {
        const room = Math.ceil(cell.n * 1.5) + 4;
        const slots = new Uint32Array(room);
        slots.set(cell.slots);
        cell.slots = slots;
        const offsets = new Int16Array(3 * room);
        offsets.set(cell.offsets);
        cell.offsets = offsets;
      }
      const at = 3 * cell.n;
      earthPoint(lat, lon, point);
      for (let i = 0; i < 3; i++) cell.offsets[at + i] = Math.round((point[i]! - cell.origin[i]!) / offsetUnit);
      cell.slots[cell.n++] = slot;
    }
    // Built from every listing at once: the room left for growing goes (a quarter of the grid);
    // the few cells a change adds to grow again.
    if (first) {
      for (const cell of this.cells.values()) {
        cell.slots = cell.slots.slice(0, cell.n);
        cell.offsets = cell.offsets.slice(0, 3 * cell.n);
      }
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
      for (const cell of this.cells.values()) found.push({ slots: cell.slots, n: cell.n, origin: cell.origin, offsets: cell.offsets, inside: false, row: cell.lat, column: cell.lon });
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
    // Inside only with a metre and a relative hair to spare: the exact test measures from the
    // point made of the listing's latitude and longitude, which may lie a rounding error
    // outside its cell.
    const insideAngle = (metres * (1 - 1e-9) - 1) / earthRadius;
    const corners = insideAngle > 0 ? new Corners(lat, lon, rowFrom, rowTo, lonFrom, lonTo, Math.cos(insideAngle)) : undefined;
    const take = (cell: Cell, column: number) =>
      found.push({ slots: cell.slots, n: cell.n, origin: cell.origin, offsets: cell.offsets, inside: corners?.inside(cell.lat, column) ?? false, row: cell.lat, column });
    if ((rowTo - rowFrom + 1) * (lonTo - lonFrom + 1) > this.cells.size) {
      // A box of more cells than are held (a wide radius): each held cell is looked at instead.
      for (const cell of this.cells.values()) {
        if (cell.lat < rowFrom || cell.lat > rowTo) continue;
        // The cell's column as the box counts it, which may run past the antimeridian.
        for (const column of [cell.lon - lonCells, cell.lon, cell.lon + lonCells]) {
          if (column >= lonFrom && column <= lonTo) {
            take(cell, column);
            break;
          }
        }
      }
      return found;
    }
    for (let row = rowFrom; row <= rowTo; row++) {
      for (let column = lonFrom; column <= lonTo; column++) {
        const wrapped = ((column % lonCells) + lonCells) % lonCells;
        const cell = this.cells.get(row * lonCells + wrapped);
        if (cell) take(cell, column);
      }
    }
    return found;
  }

  /** Bytes held by the cells' slot lists and their entries. */
  bytes(): number {
    let total = 0;
    for (const cell of this.cells.values()) total += cell.slots.byteLength + cell.offsets.byteLength + cell.origin.byteLength + 160;
    return total;
  }
}

/** An empty cell with its centre as origin. */
function newCell(lat: number, lon: number): Cell {
  const origin = new Float64Array(3);
  earthPoint((lat + 0.5) / perDegree - 90, (lon + 0.5) / perDegree - 180, origin);
  return { lat, lon, slots: new Uint32Array(4), n: 0, origin, offsets: new Int16Array(12) };
}

/**
 * Metres per step of a cell's offsets: 16 bits reach 4 km either way, twice the farthest a
 * listing lies from its cell's centre (half a cell's diagonal, 2 km at the equator; a listing
 * is in the cell of its own latitude and longitude, a rounding error aside). Coarser cells
 * need a coarser unit (the grid test checks every latitude).
 */
export const offsetUnit = 0.125;

/**
 * Metres by which a distance measured from a cell's offsets may differ from the one measured
 * from the listing's own coordinates, and more: each offset is rounded by at most a sixteenth of
 * a metre, so the distance by at most 0.11 m.
 */
export const offsetMargin = 1;

/**
 * At most the distance in metres from (lat, lon) (degrees) to any listing in the cell: the
 * angle to the cell's centre less the angle from its centre to its farthest corner (a cell is
 * symmetric about its centre's meridian, so two corners tell), less a metre and a relative hair
 * for the rounding of the listings' own coordinates. So the nearest listings of a radius search
 * are found by reading the cells in the order of this bound and stopping at the first cell
 * whose bound is past the page's farthest listing (query.ts).
 */
export function nearestMetres(cell: NearCell, lat: number, lon: number): number {
  const rad = Math.PI / 180;
  const centreLat = ((cell.row + 0.5) / perDegree - 90) * rad;
  const centreLon = ((cell.column + 0.5) / perDegree - 180) * rad;
  const corner = (row: number) => angleBetween(centreLat, centreLon, (row / perDegree - 90) * rad, centreLon + (0.5 / perDegree) * rad);
  const metres = (angleBetween(lat * rad, lon * rad, centreLat, centreLon) - Math.max(corner(cell.row), corner(cell.row + 1))) * earthRadius;
  return metres * (1 - 1e-9) - 1;
}

/** The central angle between two points (radians), by the haversine formula. */
function angleBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Whether every corner of a cell is within an angle of the centre (on a sphere a small cell's
 * farthest point from any point is a corner): the cosine of the angle to a corner is
 * cos φ cos φ₀ cos(λ − λ₀) + sin φ sin φ₀, with the sines and cosines of the box's row and
 * column borders computed once per search, so a cell costs a few multiplications (the
 * haversine per corner it was cost more than the finer cells save at wide radii).
 */
class Corners {
  private readonly rowCos: Float64Array;
  private readonly rowSin: Float64Array;
  private readonly columnCos: Float64Array;

  constructor(
    lat: number,
    lon: number,
    private readonly rowFrom: number,
    rowTo: number,
    private readonly columnFrom: number,
    columnTo: number,
    private readonly minimumCos: number,
  ) {
    const phi = (lat * Math.PI) / 180;
    const lambda = (lon * Math.PI) / 180;
    this.rowCos = new Float64Array(rowTo - rowFrom + 2);
    this.rowSin = new Float64Array(rowTo - rowFrom + 2);
    for (let r = rowFrom; r <= rowTo + 1; r++) {
      const cornerPhi = ((r / perDegree - 90) * Math.PI) / 180;
      this.rowCos[r - rowFrom] = Math.cos(cornerPhi) * Math.cos(phi);
      this.rowSin[r - rowFrom] = Math.sin(cornerPhi) * Math.sin(phi);
    }
    this.columnCos = new Float64Array(columnTo - columnFrom + 2);
    for (let c = columnFrom; c <= columnTo + 1; c++) this.columnCos[c - columnFrom] = Math.cos(((c / perDegree - 180) * Math.PI) / 180 - lambda);
  }

  /** Whether the cell in `row` and (unwrapped) `column` lies wholly within the angle. */
  inside(row: number, column: number): boolean {
    const r = row - this.rowFrom;
    const c = column - this.columnFrom;
    const { rowCos, rowSin, columnCos, minimumCos } = this;
    const west = columnCos[c]!;
    const east = columnCos[c + 1]!;
    // Negated comparisons: a NaN (none expected) counts as outside.
    if (!(rowCos[r]! * west + rowSin[r]! >= minimumCos) || !(rowCos[r]! * east + rowSin[r]! >= minimumCos)) return false;
    return rowCos[r + 1]! * west + rowSin[r + 1]! >= minimumCos && rowCos[r + 1]! * east + rowSin[r + 1]! >= minimumCos;
  }
}
