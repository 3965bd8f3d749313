// The province shapes are data, not code: served as /data/provinces-map.json (precompressed,
// preloaded by index.html) instead of being bundled into the first screen's JavaScript.
import { queryOptions } from '@tanstack/react-query';
import { ApiRequestError, httpErrorMessage, reach } from '../../lib/api/read-answer.ts';

export interface MapShape {
  code: string;
  d: string;
  cx: number;
  cy: number;
}

export interface MapGeometry {
  provenance: string;
  width: number;
  height: number;
  provinces: MapShape[];
}

export const MAP_GEOMETRY_URL = '/data/provinces-map.json';

export const mapGeometryQueryOptions = queryOptions({
  queryKey: ['map-geometry'],
  queryFn: async ({ signal }): Promise<MapGeometry> => {
    const res = await reach(fetch(MAP_GEOMETRY_URL, { signal }));
    if (!res.ok) throw new ApiRequestError(res.status, 'http_error', httpErrorMessage(res.status));
    return res.json();
  },
  staleTime: Number.POSITIVE_INFINITY,
});
