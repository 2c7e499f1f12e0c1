// Peer: Leaflet with one circle marker per facility and no tile layer (the locator draws no tiles
// either). Its stylesheet (leaflet.css) is counted separately and loaded by the page.
import { circleMarker, map as createMap } from 'leaflet/dist/leaflet-src.esm.js';

/** points: [{ lat, lon, name }] → a 720×480 map of Seoul with a circle marker each. */
export function renderMarkers(container, points) {
  const element = document.createElement('div');
  element.style.cssText = 'width:720px;height:480px';
  container.append(element);
  const map = createMap(element, { center: [37.5665, 126.978], zoom: 11, zoomAnimation: false, fadeAnimation: false });
  for (const point of points) circleMarker([point.lat, point.lon], { radius: 4 }).bindTooltip(point.name).addTo(map);
  return map;
}
