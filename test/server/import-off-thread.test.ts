/**
 * The console's import reads its file on a worker thread (import/parse-off-thread.ts): what
 * comes back is exactly what reading on the calling thread gives, errors by row and column and
 * unmapped values included, also for files of several batches and for more files at once than
 * parsers may run.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { maxParsers, parseImportFileOffThread } from '../../packages/server/src/import/parse-off-thread.js';
import { recordsPerMessage } from '../../packages/server/src/import/parse-messages.js';
import { parseImportFile } from '../../packages/server/src/import/read.js';
import { ImportFileError, type ImportSource } from '../../packages/server/src/import/types.js';
import { spreadsheet } from '../../bench/lib/import-file.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

describe('reading an import file on a worker thread', () => {
  it('gives what reading here gives, for Freinet and spreadsheets, refused ones included', async () => {
    const files: Array<[ImportSource, Buffer]> = [
      ['freinet', fixture('freinet-angebote.xml')],
      ['csv', fixture('angebote.csv')],
      ['csv', fixture('angebote-windows-1252-komma.csv')],
      ['csv', fixture('angebote-fehlerhaft.csv')],
    ];
    for (const [source, bytes] of files) {
      const here = parseImportFile(source, bytes);
      assert.ok(here.records.length > 0);
      assert.deepEqual(await parseImportFileOffThread(source, bytes), here);
    }
    const refused = await parseImportFileOffThread('csv', fixture('angebote-fehlerhaft.csv'));
    assert.ok(refused.errors.length > 0, 'the malformed fixture has row errors');
    assert.ok(refused.records.some((record) => record.reported !== undefined), 'fields already reported cross over as a Set');
  });

  it('refuses a file it cannot read with the same ImportFileError', async () => {
    const bytes = Buffer.from('<angebotsliste><angebot>', 'utf8');
    assert.throws(() => parseImportFile('freinet', bytes), ImportFileError);
    const expected = (() => {
      try {
        parseImportFile('freinet', bytes);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    await assert.rejects(parseImportFileOffThread('freinet', bytes), (error) => error instanceof ImportFileError && error.message === expected);
  });

  it('hands back files of many batches whole and in order, more files at once than parsers run', async () => {
    const counts = Array.from({ length: maxParsers + 2 }, (_, n) => recordsPerMessage * 2 + 17 * (n + 1));
    const results = await Promise.all(counts.map((count) => parseImportFileOffThread('csv', spreadsheet(count))));
    for (const [n, result] of results.entries()) {
      assert.equal(result.errors.length, 0);
      assert.deepEqual(
        result.records.map((record) => record.sourceId),
        Array.from({ length: counts[n]! }, (_, i) => `B-${i}`),
      );
    }
  });
});
