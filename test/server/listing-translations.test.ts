/**
 * Listings in more than one language, through the real server: a posting with a Ukrainian
 * translation is found by a Ukrainian word, answered in the language asked for (`lang` wins over
 * Accept-Language) with the language of its texts stated and the German original alongside,
 * German otherwise; the "available in my language" filter and its counts; validation errors
 * naming the translated field. The server searches with its in-memory index (the default); the
 * same questions go to the SQL search directly.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type {
  Offer,
  OfferSearchResult,
  Opportunity,
  OpportunitySearchResult,
} from "@mitmachen/contract";
import { searchOffers } from "../../packages/server/src/offers/search.js";
import { searchOpportunities } from "../../packages/server/src/opportunities/search.js";
import {
  registerSearchIndex,
  searchIndexFor,
} from "../../packages/server/src/search/index/registry.js";
import { answerLanguage } from "../../packages/server/src/search/text-language.js";
import { postJson } from "../support/altcha.js";
import {
  contractResponse,
  problemResponse,
  sampleOfferInput,
  sampleOpportunityInput,
  startTestServer,
  type TestServer,
} from "../support/server.js";
import { publishTranslated } from "../support/translated.js";

const ukrainian = {
  title: "Читання казок у міській бібліотеці",
  summary: "Читайте дітям молодшого шкільного віку раз на тиждень.",
  description:
    "Ми шукаємо людей, яким подобається читати вголос. Година читання щосереди.",
};
const english = {
  title: "Reading stories in the town library",
  summary: "Read to primary school children once a week.",
  description:
    "We are looking for people who enjoy reading aloud to children every Wednesday.",
};

let server: TestServer;
let id: string;
let offerId: string;

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { headers });

before(async () => {
  server = await startTestServer({ seed: { opportunities: 20, offers: 5 } });
  id = await publishTranslated(
    server,
    "opportunity",
    sampleOpportunityInput({
      title: "Märchenstunde in der Stadtbibliothek",
      translations: { uk: ukrainian, en: english },
    })
  );
  offerId = await publishTranslated(
    server,
    "offer",
    sampleOfferInput({
      translations: {
        ru: {
          title: "Помогаю в саду и с посадками",
          description:
            "Я с удовольствием помогаю волонтерам в садах и парках города.",
        },
      },
    })
  );
});
after(() => server?.close());

describe("listings in more than one language (HTTP, search index)", () => {
  it("finds the listing by a Ukrainian word and answers in Ukrainian for lang=uk, stating the language", async () => {
    const result = await contractResponse<OpportunitySearchResult>(
      "searchOpportunities",
      await get(`/opportunities?q=${encodeURIComponent("казок")}&lang=uk`)
    );
    assert.deepEqual(
      result.items.map((item) => item.id),
      [id]
    );
    const [item] = result.items;
    assert.equal(item?.title, ukrainian.title);
    assert.equal(item?.summary, ukrainian.summary);
    assert.equal(item?.textLang, "uk");
    assert.deepEqual(item?.textLanguages, ["de", "en", "uk"]);
    assert.deepEqual(item?.original, {
      title: "Märchenstunde in der Stadtbibliothek",
      summary: sampleOpportunityInput().summary,
    });
  });

  it("answers the detail in the Accept-Language language, German for de, and lang wins over the header", async () => {
    const uk = await contractResponse<Opportunity>(
      "getOpportunity",
      await get(`/opportunities/${id}`, {
        "Accept-Language": "uk-UA, de;q=0.5",
      })
    );
    assert.equal(uk.title, ukrainian.title);
    assert.equal(uk.description, ukrainian.description);
    assert.equal(uk.textLang, "uk");
    assert.equal(
      uk.original?.description,
      sampleOpportunityInput().description
    );

    const response = await get(`/opportunities/${id}`, {
      "Accept-Language": "de",
    });
    assert.match(response.headers.get("vary") ?? "", /Accept-Language/);
    const de = await contractResponse<Opportunity>("getOpportunity", response);
    assert.equal(de.title, "Märchenstunde in der Stadtbibliothek");
    assert.equal(de.textLang, "de");
    assert.equal(de.original, undefined);

    const en = await contractResponse<Opportunity>(
      "getOpportunity",
      await get(`/opportunities/${id}?lang=en`, { "Accept-Language": "uk" })
    );
    assert.equal(en.title, english.title);
    assert.equal(en.textLang, "en");
  });

  it("falls back to German where no translation exists, and says so", async () => {
    const ar = await contractResponse<Opportunity>(
      "getOpportunity",
      await get(`/opportunities/${id}?lang=ar`)
    );
    assert.equal(ar.title, "Märchenstunde in der Stadtbibliothek");
    assert.equal(ar.textLang, "de");
    assert.equal(ar.original, undefined);
  });

  it("gives each language its own ETag", async () => {
    const de = await get(`/opportunities/${id}?lang=de`);
    const uk = await get(`/opportunities/${id}?lang=uk`);
    assert.notEqual(de.headers.get("etag"), uk.headers.get("etag"));
    const again = await get(`/opportunities/${id}?lang=uk`, {
      "If-None-Match": uk.headers.get("etag") ?? "",
    });
    assert.equal(again.status, 304);
  });

  it('filters by "available in my language" and counts the languages', async () => {
    const result = await contractResponse<OpportunitySearchResult>(
      "searchOpportunities",
      await get("/opportunities?available=uk&lang=uk")
    );
    assert.deepEqual(
      result.items.map((item) => item.id),
      [id]
    );
    const all = await contractResponse<OpportunitySearchResult>(
      "searchOpportunities",
      await get("/opportunities")
    );
    assert.deepEqual(
      all.facets.available?.find((f) => f.value === "uk"),
      { value: "uk", count: 1 }
    );
    assert.equal(
      all.facets.available?.find((f) => f.value === "de")?.count,
      all.total
    );
    assert.equal(
      all.items.find((item) => item.id === id)?.title,
      "Märchenstunde in der Stadtbibliothek"
    );
  });

  it("translates offers too, and finds them by a Russian word", async () => {
    const found = await contractResponse<OfferSearchResult>(
      "searchOffers",
      await get(`/offers?q=${encodeURIComponent("посадками")}&available=ru`, {
        "Accept-Language": "ru",
      })
    );
    assert.deepEqual(
      found.items.map((item) => item.id),
      [offerId]
    );
    assert.equal(found.items[0]?.textLang, "ru");
    const offer = await contractResponse<Offer>(
      "getOffer",
      await get(`/offers/${offerId}?lang=ru`)
    );
    assert.equal(offer.title, "Помогаю в саду и с посадками");
    assert.equal(offer.original?.title, sampleOfferInput().title);
  });

  it("names an invalid translated field by JSON pointer", async () => {
    const problem = await problemResponse(
      await postJson(
        server.baseUrl,
        "/opportunities",
        sampleOpportunityInput({
          translations: { uk: { ...ukrainian, title: "Ой" } },
        })
      ),
      422
    );
    assert.ok(
      problem.errors?.some(
        (error) => error.pointer === "/translations/uk/title"
      ),
      JSON.stringify(problem)
    );
    const unknown = await problemResponse(
      await postJson(server.baseUrl, "/opportunities", {
        ...sampleOpportunityInput(),
        translations: { fr: ukrainian },
      }),
      422
    );
    assert.ok(
      unknown.errors?.some((error) =>
        error.pointer?.startsWith("/translations")
      ),
      JSON.stringify(unknown)
    );
  });
});

describe("listings in more than one language (SQL search)", () => {
  it("finds the listing by a Ukrainian word, by an English word stemmed the English way for lang=en, and filters", async () => {
    const db = server.db.pool;
    // The server answers from its index; unregistered for these calls, they go to SQL.
    const index = searchIndexFor(db);
    assert.ok(index);
    registerSearchIndex(db, undefined);
    try {
      await sqlSearches(db);
    } finally {
      registerSearchIndex(db, index);
    }
  });
});

async function sqlSearches(db: TestServer["db"]["pool"]): Promise<void> {
  const uk = await searchOpportunities(db, { q: "казок" }, "uk");
  assert.deepEqual(
    uk.items.map((item) => item.id),
    [id]
  );
  assert.equal(uk.items[0]?.textLang, "uk");
  const en = await searchOpportunities(db, { q: "stories library" }, "en");
  assert.deepEqual(
    en.items.map((item) => item.id),
    [id]
  );
  assert.equal(en.items[0]?.title, english.title);
  const de = await searchOpportunities(db, { q: "казок" });
  assert.equal(de.items[0]?.title, "Märchenstunde in der Stadtbibliothek");
  assert.equal(de.items[0]?.textLang, "de");
  const filtered = await searchOpportunities(db, { available: ["en"] });
  assert.deepEqual(
    filtered.items.map((item) => item.id),
    [id]
  );
  const ru = await searchOffers(db, { q: "посадке" }, "ru");
  assert.deepEqual(
    ru.items.map((item) => item.id),
    [offerId],
    'Russian stemming: "посадке" finds "посадками"'
  );
  const german = await searchOffers(db, { q: "посадке" });
  assert.deepEqual(
    german.items,
    [],
    "without lang=ru the word is not stemmed the Russian way"
  );
}

describe("answerLanguage", () => {
  it("takes lang first, then the best Accept-Language the listings can be in, else German", () => {
    assert.equal(answerLanguage("tr", "uk"), "tr");
    assert.equal(answerLanguage(undefined, "fr-FR, uk;q=0.8, en;q=0.9"), "en");
    assert.equal(answerLanguage(undefined, "ar-SY"), "ar");
    assert.equal(answerLanguage(undefined, "fr, *;q=0.5"), "de");
    assert.equal(answerLanguage(undefined, "uk;q=0"), "de");
    assert.equal(answerLanguage(undefined, undefined), "de");
  });
});
