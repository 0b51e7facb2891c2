import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { taxonomy } from '../../packages/server/src/taxonomy.js';
import { resolvePlace } from '../../packages/server/src/places/index.js';

const contract = parse(readFileSync(new URL('../../packages/contract/openapi.yaml', import.meta.url), 'utf8')) as {
  components: { schemas: Record<string, { enum?: string[] }> };
};

function enumOf(schema: string): string[] {
  const values = contract.components.schemas[schema]?.enum;
  assert.ok(values, `contract schema ${schema} has an enum`);
  return values;
}

const vocabularies = {
  categories: 'Category',
  targetGroups: 'TargetGroup',
  regions: 'Region',
  scheduleTypes: 'ScheduleType',
  locationTypes: 'LocationType',
  benefits: 'Benefit',
  accessibilityFeatures: 'AccessibilityFeature',
  organisationTypes: 'OrganisationType',
  ageGroups: 'AgeGroup',
} as const;

describe('taxonomy', () => {
  it('validates against the contract', () => {
    const ajv = new ajv2020.default({ strict: false, allErrors: true });
    ajvFormats.default(ajv);
    ajv.addSchema({ ...contract, $id: 'mitmachen:openapi' });
    const validate = ajv.compile({ $ref: 'mitmachen:openapi#/components/schemas/Taxonomy' });
    assert.ok(validate(taxonomy), JSON.stringify(validate.errors));
  });

  it('labels every term in every interface language, each distinct from German where the script differs', () => {
    for (const [kind, terms] of Object.entries(taxonomy)) {
      for (const term of terms as { id: string; label: Record<string, string | undefined> }[]) {
        for (const lang of ['de', 'en', 'uk', 'ar', 'tr', 'ru', 'easy']) {
          assert.ok(term.label[lang]?.trim(), `${kind}/${term.id} has no ${lang} label`);
        }
        assert.match(term.label.uk!, /\p{Script=Cyrillic}/u, `${kind}/${term.id} uk`);
        assert.match(term.label.ru!, /\p{Script=Cyrillic}/u, `${kind}/${term.id} ru`);
        assert.match(term.label.ar!, /\p{Script=Arabic}/u, `${kind}/${term.id} ar`);
      }
    }
  });

  it('covers every vocabulary the contract names, and no other', () => {
    const required = (contract.components.schemas.Taxonomy as { required: string[] }).required;
    assert.deepEqual(Object.keys(taxonomy).sort(), [...required].sort());
    assert.deepEqual(Object.keys(vocabularies).sort(), [...required].sort());
  });

  for (const [vocabulary, schema] of Object.entries(vocabularies)) {
    it(`has exactly one term per ${schema} of the contract`, () => {
      const ids = taxonomy[vocabulary as keyof typeof vocabularies].map((term) => term.id);
      assert.equal(new Set(ids).size, ids.length, 'no id twice');
      assert.deepEqual([...ids].sort(), [...enumOf(schema)].sort());
    });
  }

  it('labels every term in German and English', () => {
    for (const terms of Object.values(taxonomy)) {
      for (const { id, label } of terms) {
        assert.ok(label.de.trim().length > 1, `${id} has a German label`);
        assert.ok(label.en.trim().length > 1, `${id} has an English label`);
      }
    }
  });

  it('uses the names people know for categories, target groups and districts', () => {
    const label = (terms: typeof taxonomy.categories, id: string) => terms.find((t) => t.id === id)?.label;
    assert.deepEqual(label(taxonomy.categories, 'kinder-jugend'), {
      de: 'Kinder & Jugend',
      en: 'Children & youth',
      uk: 'Діти та молодь',
      ar: 'الأطفال والشباب',
      tr: 'Çocuklar ve gençler',
      ru: 'Дети и молодёжь',
      easy: 'Kinder und Jugendliche',
    });
    assert.equal(label(taxonomy.categories, 'umwelt-naturschutz')?.de, 'Umwelt & Naturschutz');
    assert.deepEqual(
      { de: label(taxonomy.targetGroups, 'little-german')?.de, en: label(taxonomy.targetGroups, 'little-german')?.en },
      { de: 'Wenig Deutschkenntnisse nötig', en: 'Little German needed' },
    );
    assert.equal(label(taxonomy.regions, 'saechsische-schweiz-osterzgebirge')?.de, 'Sächsische Schweiz-Osterzgebirge');
    assert.equal(label(taxonomy.regions, 'goerlitz')?.de, 'Landkreis Görlitz');
    assert.equal(label(taxonomy.regions, 'leipzig')?.de, 'Leipzig');
    assert.equal(label(taxonomy.regions, 'landkreis-leipzig')?.de, 'Landkreis Leipzig');
  });

  it("centres each district on its seat town, which lies in that district", () => {
    const seats: Record<string, string> = { 'saechsische-schweiz-osterzgebirge': 'Pirna', nordsachsen: 'Torgau', dresden: 'Dresden' };
    for (const region of taxonomy.regions) {
      assert.ok(region.center, `${region.id} has a centre`);
      assert.ok(region.center.lat > 50.1 && region.center.lat < 51.7, `${region.id} centre lies in Saxony`);
      assert.ok(region.center.lon > 11.8 && region.center.lon < 15.1, `${region.id} centre lies in Saxony`);
      const seat = seats[region.id];
      if (seat) {
        const place = resolvePlace(seat);
        assert.deepEqual(region.center, { lat: place?.lat, lon: place?.lon });
      }
    }
  });
});
