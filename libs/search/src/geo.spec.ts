import { describe, expect, it } from '@jest/globals';
import { boundingBox, geoCellsCovering, geoCellTokens, haversineKm, MAX_GEO_CELLS } from './geo.js';

const shanghai = { lat: 31.2304, lng: 121.4737 };
const suzhou = { lat: 31.2989, lng: 120.5853 };

describe('haversineKm', () => {
  it('gives great-circle distances', () => {
    expect(haversineKm(shanghai, shanghai)).toBe(0);
    expect(haversineKm(shanghai, suzhou)).toBeCloseTo(84.8, 0);
    // Beijing to Shanghai, about 1 067 km.
    expect(haversineKm({ lat: 39.9042, lng: 116.4074 }, shanghai)).toBeCloseTo(1067, -1);
  });
});

describe('boundingBox', () => {
  it('contains every point within the radius', () => {
    const box = boundingBox(shanghai, 100);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // A point 99.9 km away in each direction (small-distance approximation, inside the box).
      const rad = (bearing * Math.PI) / 180;
      const point = {
        lat: shanghai.lat + (99.9 / 111.195) * Math.cos(rad),
        lng: shanghai.lng + (99.9 / (111.195 * Math.cos((shanghai.lat * Math.PI) / 180))) * Math.sin(rad),
      };
      expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(point.lat).toBeLessThanOrEqual(box.maxLat);
      expect(point.lng).toBeGreaterThanOrEqual(box.minLng ?? -Infinity);
      expect(point.lng).toBeLessThanOrEqual(box.maxLng ?? Infinity);
    }
  });

  it('drops the longitude limits near a pole or across the antimeridian', () => {
    expect(boundingBox({ lat: 89.95, lng: 10 }, 50)).toMatchObject({ minLng: null, maxLng: null });
    expect(boundingBox({ lat: 0, lng: 179.9 }, 50)).toMatchObject({ minLng: null, maxLng: null });
  });
});

describe('geo cells', () => {
  it('gives a document one cell per grid', () => {
    expect(geoCellTokens(shanghai)).toEqual(['g1:62:242', 'g5:6:24']);
  });

  it('covers a box with the finest grid that needs few cells, including the cell of every point inside', () => {
    const cells = geoCellsCovering(boundingBox(shanghai, 100));
    expect(cells?.every((c) => c.startsWith('g1:'))).toBe(true);
    expect(cells).toEqual(expect.arrayContaining([geoCellTokens(shanghai)[0], geoCellTokens(suzhou)[0]]));
    const wide = geoCellsCovering(boundingBox(shanghai, 1000));
    expect(wide?.every((c) => c.startsWith('g5:'))).toBe(true);
    expect(wide?.length).toBeLessThanOrEqual(MAX_GEO_CELLS);
    expect(geoCellsCovering(boundingBox(shanghai, 10_000))).toBeNull();
  });
});
