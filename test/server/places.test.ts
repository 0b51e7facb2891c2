import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  GAZETTEER_CREDIT,
  SAXON_TOWNS,
  findPlaces,
  foldPlaceName,
  gazetteer,
  placesNamed,
  regionAt,
  resolvePlace,
} from '../../packages/server/src/places/index.js';

describe('foldPlaceName', () => {
  it('lets umlauts, their two-letter spellings and plain vowels meet', () => {
    assert.equal(foldPlaceName('Görlitz'), 'gorlitz');
    assert.equal(foldPlaceName('Goerlitz'), 'gorlitz');
    assert.equal(foldPlaceName('GORLITZ'), 'gorlitz');
    assert.equal(foldPlaceName('Düben'), foldPlaceName('Dueben'));
    assert.equal(foldPlaceName('Bräunsdorf'), foldPlaceName('Braeunsdorf'));
    assert.equal(foldPlaceName('Meißen'), 'meissen');
    assert.equal(foldPlaceName('Meissen'), 'meissen');
  });

  it('drops other diacritics and treats spaces, hyphens and slashes alike', () => {
    assert.equal(foldPlaceName('Děčín'), 'decin');
    assert.equal(foldPlaceName('  Annaberg -  Buchholz '), 'annaberg buchholz');
    assert.equal(foldPlaceName('Annaberg-Buchholz'), foldPlaceName('annaberg buchholz'));
    assert.equal(foldPlaceName('Reichenbach/Vogtland'), 'reichenbach vogtland');
    assert.equal(foldPlaceName('Halle (Saale)'), 'halle saale');
  });

  it('reads a decomposed umlaut like a composed one', () => {
    assert.equal(foldPlaceName('Go\u0308rlitz'), 'gorlitz');
  });
});

describe('gazetteer', () => {
  it('holds German places only, with their Bundesland, and credits GeoNames', () => {
    const { places } = gazetteer();
    assert.ok(places.length > 5000, `${places.length} German places`);
    const states = new Set(places.map((p) => p.state));
    assert.equal(states.size, 16);
    assert.ok(!states.has(''));
    assert.match(GAZETTEER_CREDIT, /GeoNames/);
    assert.match(GAZETTEER_CREDIT, /CC BY 4\.0/);
  });

  it('gives every Saxon place a district and no other place one', () => {
    for (const place of gazetteer().places) {
      assert.equal(place.region !== undefined, place.state === 'Sachsen', `${place.name} (${place.state})`);
    }
  });

  it('finds every curated Saxon town inside the district it is listed under', () => {
    for (const [region, towns] of Object.entries(SAXON_TOWNS)) {
      for (const town of towns) {
        const found = placesNamed(town.gazetteer ?? town.name).filter((p) => p.region === region);
        assert.equal(found.length, 1, `${town.name} in ${region}`);
      }
    }
  });

  it('lists at least eight towns for each rural district', () => {
    for (const [region, towns] of Object.entries(SAXON_TOWNS)) {
      if (['dresden', 'leipzig', 'chemnitz'].includes(region)) assert.equal(towns.length, 1);
      else assert.ok(towns.length >= 8, region);
    }
  });
});

describe('findPlaces', () => {
  const names = (q: string, limit?: number) => findPlaces(q, limit).map((p) => p.name);

  it('completes a prefix ignoring case and umlauts', () => {
    assert.equal(names('Gorl')[0], 'Görlitz');
    assert.equal(names('Goerl')[0], 'Görlitz');
    assert.equal(names('görl')[0], 'Görlitz');
    assert.equal(names('GÖRLITZ')[0], 'Görlitz');
  });

  it('puts larger places first, so "Pir" offers Pirna first among Saxon places', () => {
    const places = findPlaces('Pir');
    const populations = places.map((p) => p.population);
    assert.deepEqual(populations, [...populations].sort((a, b) => b - a));
    assert.equal(places.find((p) => p.state === 'Sachsen')?.name, 'Pirna');
    assert.ok(places.every((p) => foldPlaceName(p.name).startsWith('pir')));
  });

  it('matches a later word of the name after the names that start with the query', () => {
    assert.deepEqual(names('Schandau'), ['Bad Schandau']);
    assert.ok(names('Buchholz').includes('Annaberg-Buchholz'));
    const main = names('Main', 20);
    assert.equal(main[0], 'Mainz');
    assert.ok(main.includes('Frankfurt am Main'));
    assert.ok(main.indexOf('Frankfurt am Main') > main.indexOf('Maintal'));
  });

  it('honours the limit and lists each place once', () => {
    assert.equal(findPlaces('B', 3).length, 3);
    assert.equal(findPlaces('B').length, 8);
    assert.equal(findPlaces('B', 20).length, 20);
    const ids = findPlaces('Bad', 20).map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(findPlaces('Dresden', 0), []);
  });

  it('returns nothing for an empty query or an unknown name', () => {
    assert.deepEqual(findPlaces(''), []);
    assert.deepEqual(findPlaces(' - / '), []);
    assert.deepEqual(findPlaces('Xyzzyhausen'), []);
  });

  it('knows Munich by its German name and its English one', () => {
    assert.equal(names('Münch')[0], 'München');
    assert.equal(names('Munich')[0], 'München');
  });
});

describe('resolvePlace', () => {
  it('prefers the exact name, the largest place first', () => {
    const pirna = resolvePlace('Pirna');
    assert.equal(pirna?.name, 'Pirna');
    assert.equal(pirna?.state, 'Sachsen');
    assert.ok(Math.abs((pirna?.lat ?? 0) - 50.96) < 0.05 && Math.abs((pirna?.lon ?? 0) - 13.94) < 0.05);
    assert.equal(resolvePlace('Reichenbach')?.name, 'Reichenbach/Vogtland');
  });

  it('reads a name without its qualifier as the largest place that has it', () => {
    assert.equal(resolvePlace('Halle')?.name, 'Halle (Saale)');
    assert.equal(resolvePlace('Frankfurt')?.name, 'Frankfurt am Main');
    assert.equal(resolvePlace('Reichenbach im Vogtland')?.name, 'Reichenbach/Vogtland');
  });

  it('reads the district in a qualified name', () => {
    assert.equal(resolvePlace('Oelsnitz/Erzgeb.')?.region, 'erzgebirgskreis');
    assert.equal(resolvePlace('Oelsnitz (Erzgebirge)')?.region, 'erzgebirgskreis');
    assert.equal(resolvePlace('Oelsnitz/Vogtl.')?.region, 'vogtlandkreis');
    assert.equal(resolvePlace('Reichenbach (Oberlausitz)')?.region, 'goerlitz');
    assert.equal(resolvePlace('Frankenberg/Sa.')?.region, 'mittelsachsen');
  });

  it('resolves every curated town, as the demo data writes it, to its district', () => {
    for (const [region, towns] of Object.entries(SAXON_TOWNS)) {
      for (const town of towns) assert.equal(resolvePlace(town.name)?.region, region, town.name);
    }
  });

  it('falls back to the best prefix match, and to nothing', () => {
    assert.equal(resolvePlace('Annaberg')?.name, 'Annaberg-Buchholz');
    assert.equal(resolvePlace('Xyzzyhausen'), undefined);
    assert.equal(resolvePlace('  '), undefined);
  });

  const districts: Array<[string, string]> = [
    ['Pirna', 'saechsische-schweiz-osterzgebirge'],
    ['Freital', 'saechsische-schweiz-osterzgebirge'],
    ['Radebeul', 'meissen'],
    ['Riesa', 'meissen'],
    ['Meißen', 'meissen'],
    ['Markkleeberg', 'landkreis-leipzig'],
    ['Grimma', 'landkreis-leipzig'],
    ['Delitzsch', 'nordsachsen'],
    ['Torgau', 'nordsachsen'],
    ['Schkeuditz', 'nordsachsen'],
    ['Plauen', 'vogtlandkreis'],
    ['Freiberg', 'mittelsachsen'],
    ['Annaberg-Buchholz', 'erzgebirgskreis'],
    ['Hoyerswerda', 'bautzen'],
    ['Radeberg', 'bautzen'],
    ['Zittau', 'goerlitz'],
    ['Crimmitschau', 'zwickau'],
    ['Dresden', 'dresden'],
    ['Leipzig', 'leipzig'],
    ['Chemnitz', 'chemnitz'],
  ];
  for (const [name, region] of districts) {
    it(`puts ${name} in ${region}`, () => {
      const place = resolvePlace(name);
      assert.equal(place?.state, 'Sachsen');
      assert.equal(place?.region, region);
    });
  }

  it('gives places outside Saxony their Bundesland and no district', () => {
    assert.deepEqual([resolvePlace('Berlin')?.state, resolvePlace('Berlin')?.region], ['Berlin', undefined]);
    assert.deepEqual([resolvePlace('München')?.state, resolvePlace('München')?.region], ['Bayern', undefined]);
    assert.equal(resolvePlace('Halle (Saale)')?.state, 'Sachsen-Anhalt');
    assert.equal(resolvePlace('Erfurt')?.state, 'Thüringen');
  });
});

describe('regionAt', () => {
  it('places a point at a town in the town’s district', () => {
    for (const name of ['Pirna', 'Radebeul', 'Markkleeberg', 'Torgau', 'Plauen', 'Zittau', 'Dresden']) {
      const place = resolvePlace(name);
      assert.ok(place);
      assert.equal(regionAt(place.lat + 0.004, place.lon - 0.004), place.region, name);
    }
  });

  it('places landmarks between towns in their district', () => {
    assert.equal(regionAt(51.1662, 13.6797), 'meissen'); // Schloss Moritzburg
    assert.equal(regionAt(50.9188, 14.0566), 'saechsische-schweiz-osterzgebirge'); // Festung Königstein
    assert.equal(regionAt(50.4297, 12.9544), 'erzgebirgskreis'); // Fichtelberg
    assert.equal(regionAt(51.1328, 13.7672), 'dresden'); // Dresden airport
  });

  it('finds no district outside Saxony', () => {
    assert.equal(regionAt(52.52, 13.405), undefined); // Berlin
    assert.equal(regionAt(50.087, 14.421), undefined); // Prague
    assert.equal(regionAt(51.152, 15.008), undefined); // Zgorzelec, across the Neisse from Görlitz
    assert.equal(regionAt(50.313, 11.912), undefined); // Hof
    assert.equal(regionAt(51.482, 11.97), undefined); // Halle (Saale)
    assert.equal(regionAt(0, 0), undefined);
  });
});
