/**
 * The search index and listings' translations: a reader searching in Russian, Turkish, English
 * or Arabic (`lang`) finds a translated listing by another inflected form of a word in its
 * translation, stemmed that language's way (translation_search_config, as the documents are);
 * Ukrainian, which has no Snowball stemmer, by the word as written and by prefix. Every case is
 * asked of the index (through the server) and of the SQL search, which must agree: for one-word
 * queries the two are the same by design; for several words the index ORs per word, the SQL
 * search per query, so the index may find more (the case below says so).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { OfferSearchResult, OpportunitySearchResult, TextLanguage } from "@mitmachen/contract";
import { searchOpportunities } from "../../packages/server/src/opportunities/search.js";
import {
  registerSearchIndex,
  searchIndexFor,
} from "../../packages/server/src/search/index/registry.js";
import {
  contractResponse,
  sampleOfferInput,
  sampleOpportunityInput,
  startTestServer,
  type TestServer,
} from "../support/server.js";
import { publishTranslated } from "../support/translated.js";

const translations = {
  ru: {
    title: "Помогаем детям с уроками после школы",
    summary: "Занимайтесь с детьми два раза в неделю.",
    description: "Мы ищем людей, которые любят объяснять и помогать детям.",
  },
  tr: {
    title: "Çocuklara ödevlerde yardım ediyoruz",
    summary: "Haftada iki kez çocuklarla birlikte çalışın.",
    description: "Anlatmayı ve yardım etmeyi seven insanlar arıyoruz.",
  },
  en: {
    title: "Helping children with homework and stories",
    summary: "Work with children twice a week after school.",
    description: "We are looking for people who like explaining things.",
  },
  ar: {
    title: "نساعد الأطفال في المكتبات بعد المدرسة",
    summary: "اعمل مع الأطفال مرتين في الأسبوع.",
    description: "نبحث عن أشخاص يحبون الشرح ومساعدة الأطفال.",
  },
  uk: {
    title: "Допомагаємо дітям з уроками після школи",
    summary: "Займайтеся з дітьми двічі на тиждень.",
    description: "Ми шукаємо людей, які люблять пояснювати та допомагати.",
  },
};

/**
 * Per language: a form of a translated word that is not the one written, nor a prefix of it,
 * nor within the German spelling correction's reach (so only the stemmer can find it).
 */
const inflected: Array<{ lang: TextLanguage; q: string; written: string }> = [
  { lang: "ru", q: "уроков", written: "уроками" },
  { lang: "tr", q: "ödevimiz", written: "ödevlerde" },
  { lang: "en", q: "explained", written: "explaining" },
  { lang: "ar", q: "مكتبة", written: "المكتبات" },
];

let server: TestServer;
let id: string;
let offerId: string;

before(async () => {
  server = await startTestServer({ seed: { opportunities: 20, offers: 5 } });
  id = await publishTranslated(
    server,
    "opportunity",
    sampleOpportunityInput({ title: "Hausaufgabenhilfe nach der Schule", translations })
  );
  offerId = await publishTranslated(
    server,
    "offer",
    sampleOfferInput({
      translations: {
        ru: {
          title: "Помогаю в саду и с посадками",
          description: "Я с удовольствием помогаю волонтерам в садах и парках города.",
        },
      },
    })
  );
});
after(() => server?.close());

async function viaIndex(q: string, lang?: TextLanguage): Promise<string[]> {
  const query = new URLSearchParams({ q, ...(lang ? { lang } : {}) });
  const result = await contractResponse<OpportunitySearchResult>(
    "searchOpportunities",
    await fetch(`${server.baseUrl}/opportunities?${query}`)
  );
  corrected = result.correctedQuery;
  return result.items.map((item) => item.id);
}

/** The last answer's spelling correction (index or SQL). */
let corrected: string | undefined;

async function viaSql(q: string, lang: TextLanguage = "de"): Promise<string[]> {
  const db = server.db.pool;
  const index = searchIndexFor(db);
  assert.ok(index, "the server searches with its index");
  registerSearchIndex(db, undefined);
  try {
    const result = await searchOpportunities(db, { q }, lang);
    corrected = result.correctedQuery;
    return result.items.map((item) => item.id);
  } finally {
    registerSearchIndex(db, index);
  }
}

describe("search index: query words stemmed in the reader's language", () => {
  for (const { lang, q, written } of inflected) {
    it(`${lang}: "${q}" finds the listing whose translation says "${written}", as the SQL search does`, async () => {
      assert.deepEqual(await viaIndex(q, lang), [id]);
      assert.equal(corrected, undefined, "found by its stem, not corrected as a German typo");
      assert.deepEqual(await viaSql(q, lang), [id], "SQL reference");
      // Without the reader's language the word is German: found, if at all, only as a typo.
      const german = await viaIndex(q);
      assert.ok(german.length === 0 || corrected !== undefined, `"${q}" without lang=${lang}: ${german.join(", ")}`);
      const sql = await viaSql(q);
      assert.ok(sql.length === 0 || corrected !== undefined, `SQL: "${q}" without lang=${lang}: ${sql.join(", ")}`);
    });
  }

  it("uk (no Snowball stemmer): the word as written and by prefix, not another inflection, like SQL", async () => {
    for (const q of ["уроками", "урок"]) {
      assert.deepEqual(await viaIndex(q, "uk"), [id], q);
      assert.deepEqual(await viaSql(q, "uk"), [id], `SQL: ${q}`);
    }
    // "уроків" (genitive plural) shares no prefix with "уроками": without a stemmer neither finds it.
    assert.deepEqual(await viaIndex("уроків", "uk"), []);
    assert.deepEqual(await viaSql("уроків", "uk"), []);
  });

  it("several words: each word may match in German or in the reader's language (the index finds more than SQL, on purpose)", async () => {
    // "Schule" matches the German original, "уроков" the Russian translation's stem: the
    // SQL search wants all words in one configuration, the index each word in either.
    assert.deepEqual(await viaIndex("уроков Schule", "ru"), [id]);
    assert.deepEqual(await viaSql("уроков Schule", "ru"), [], "SQL: whole query per configuration");
    // All words in Russian: both find it.
    assert.deepEqual(await viaIndex("уроков школы", "ru"), [id]);
    assert.deepEqual(await viaSql("уроков школы", "ru"), [id], "SQL: all Russian");
  });

  it("offers too: \"посадке\" finds the offer saying \"посадками\" with lang=ru", async () => {
    const found = await contractResponse<OfferSearchResult>(
      "searchOffers",
      await fetch(`${server.baseUrl}/offers?${new URLSearchParams({ q: "посадке", lang: "ru" })}`)
    );
    assert.deepEqual(found.items.map((item) => item.id), [offerId]);
    assert.equal(found.correctedQuery, undefined, "by its stem, not as a typo");
    const german = await contractResponse<OfferSearchResult>(
      "searchOffers",
      await fetch(`${server.baseUrl}/offers?${new URLSearchParams({ q: "посадке" })}`)
    );
    assert.ok(!german.items.some((item) => item.id === offerId) || german.correctedQuery !== undefined, "without lang=ru only as a typo");
  });

  it("German searches are unchanged by a reader's language that is German", async () => {
    const german = await viaIndex("Hausaufgabenhilfe");
    assert.ok(german.includes(id), "the German original is found");
    assert.deepEqual(await viaIndex("Hausaufgabenhilfe", "de"), german);
    assert.deepEqual(await viaSql("Hausaufgabenhilfe"), german, "SQL reference");
  });
});
