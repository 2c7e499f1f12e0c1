// Peer: Leaflet + one circle marker per synthetic facility (5,000), no tiles.
import '/bench-build/mark-start.js';
import { renderMarkers } from '../peers/leaflet-markers.js';
import { data, measureRender, run } from './harness.js';

run(() =>
  measureRender(async (root) => {
    const points = data()
      .facilities.filter((facility) => facility.location)
      .map((facility) => ({ lat: facility.location.lat, lon: facility.location.lon, name: facility.name.ko }));
    renderMarkers(root, points);
    return { widgets: 1, markers: points.length };
  }),
);
