import { useQuery } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { ErrorState, LoadingState } from '../ui/status.tsx';
import { mapGeometryQueryOptions } from './map-geometry.ts';
import { ProvinceMapView } from './province-map-view.tsx';

/** The map with its shapes fetched (once per session) from the app's own /data folder. */
export function ProvinceMap(props: Omit<ComponentProps<typeof ProvinceMapView>, 'geometry'>) {
  const geometry = useQuery(mapGeometryQueryOptions);
  if (geometry.isPending) return <LoadingState />;
  if (geometry.isError) return <ErrorState error={geometry.error} onRetry={() => geometry.refetch()} />;
  return <ProvinceMapView geometry={geometry.data} {...props} />;
}
