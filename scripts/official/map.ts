/**
 * `npm run official:map [-- --scrape-repo <dir> --csc-repo <dir>]`: writes
 * `src/official/england-map.json`, one simplified SVG path per current council with children's
 * services, for a choropleth of England.
 *
 * The ONS local authority district boundaries of 2023 (ofsted-ilacs-scrape-tool's GeoJSON) are
 * projected onto the plane with a transverse Mercator centred on 2°W (the meridian of the British
 * National Grid), made into one topology so that neighbours share their borders, simplified
 * there (Visvalingam, so shared borders stay shared and no gaps open), and each council's
 * districts are merged into one shape through ONS's April 2023 LTLA-UTLA lookup.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { authoritySchema } from '../../src/schemas/vocabularies.ts';
import { readCsv, readSource, SOURCE_FILES, sourceRepos } from './sources.ts';

/** Width of the map in SVG units; the height follows England's shape. */
const WIDTH = 400;
/** Triangles smaller than this (in square SVG units) are simplified away: about 150 KB of paths in all. */
const MIN_WEIGHT = 0.35;

type Lad = Feature<Polygon | MultiPolygon, { LAD23CD: string; LAD23NM: string }>;

export function buildMap(repos = sourceRepos()) {
  const authorities = z.array(authoritySchema).parse(parseYaml(readFileSync('content/vocabularies/authorities.yaml', 'utf8')));
  const current = authorities.filter((a) => a.status !== 'former');
  const councilOfArea = new Map(current.map((a) => [a.onsCode, a.id]));

  const upperTier = new Map<string, string>();
  for (const { record } of readCsv(repos.csc, SOURCE_FILES.ltlaUtla)) upperTier.set(record.LTLA23CD!, record.UTLA23CD!);

  const boundaries = JSON.parse(readSource(repos.scrape, SOURCE_FILES.boundaries).toString('utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const districts = (boundaries.features as Lad[]).filter((f) => f.properties.LAD23CD.startsWith('E'));
  for (const district of districts) {
    if (!upperTier.has(district.properties.LAD23CD)) throw new Error(`${SOURCE_FILES.boundaries}: district ${district.properties.LAD23CD} (${district.properties.LAD23NM}) is not in ${SOURCE_FILES.ltlaUtla}`);
  }

  // Points are projected one by one, so the rings' winding order never matters.
  const projection = geoTransverseMercator().rotate([2, 0]).scale(1).translate([0, 0]);
  const project = (p: Position) => projection([p[0]!, p[1]!])!;
  const projected = districts.map((d) => ({ ...d, geometry: mapCoordinates(d.geometry, project) }));
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of projected.flatMap((d) => allPositions(d.geometry))) {
    [x0, x1, y0, y1] = [Math.min(x0, x!), Math.max(x1, x!), Math.min(y0, y!), Math.max(y1, y!)];
  }
  const scale = WIDTH / (x1 - x0);
  const height = Math.ceil((y1 - y0) * scale);
  const planar = projected.map((d) => ({ ...d, geometry: mapCoordinates(d.geometry, (p) => [(p[0]! - x0) * scale, (p[1]! - y0) * scale]) }));

  let shapes = topology({ districts: { type: 'FeatureCollection', features: planar } as FeatureCollection }, 1e5) as Topology<{ districts: GeometryCollection<{ LAD23CD: string }> }>;
  shapes = simplify(presimplify(shapes), MIN_WEIGHT) as typeof shapes;

  const byCouncil = new Map<string, typeof shapes.objects.districts.geometries>();
  for (const geometry of shapes.objects.districts.geometries) {
    const area = upperTier.get((geometry.properties as { LAD23CD: string }).LAD23CD)!;
    const council = councilOfArea.get(area);
    if (!council) throw new Error(`${SOURCE_FILES.ltlaUtla}: upper-tier area ${area} is no current council of the authorities vocabulary`);
    byCouncil.set(council, [...(byCouncil.get(council) ?? []), geometry]);
  }
  const path = geoPath().digits(1);
  const councils = current.map((council) => {
    const parts = byCouncil.get(council.id);
    if (!parts) throw new Error(`${SOURCE_FILES.boundaries}: no district of ${council.id} (${council.onsCode})`);
    const d = path(merge(shapes, parts as Parameters<typeof merge>[1]));
    if (!d) throw new Error(`${council.id}: its shape vanished in simplification`);
    return { id: council.id, path: d };
  });
  return { viewBox: `0 0 ${WIDTH} ${height}`, councils };
}

function mapCoordinates<G extends Geometry>(geometry: G, f: (p: Position) => Position): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(f)) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(f))) };
  throw new Error(`unexpected geometry ${geometry.type}`);
}

function allPositions(geometry: Polygon | MultiPolygon): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const map = buildMap();
  const json = `${JSON.stringify(map, null, 1)}\n`;
  writeFileSync('src/official/england-map.json', json);
  console.log(`wrote src/official/england-map.json: ${map.councils.length} councils, viewBox ${map.viewBox}, ${Math.round(json.length / 1024)} KB`);
}
