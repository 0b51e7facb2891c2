import type { ImportMessages } from './import.messages.js';

export const en: ImportMessages = {
  heading: 'Import listings',
  intro:
    'Bring in listings from Freinet-Online (its XML export) or from a spreadsheet (CSV). A dry run first shows what would change, without saving anything. Importing the same file again updates the listings (recognised by their ID) and never creates one twice.',
  template: 'Download the CSV template',
  templateHint: 'The template names every column and has two example rows.',
  format: 'Format of the file',
  formats: { freinet: 'Freinet-Online (XML)', csv: 'Spreadsheet (CSV)' },
  file: 'File',
  fileHint: 'At most 10 MB. A file with errors is refused whole; then nothing is saved.',
  fileMissing: 'Please choose a file.',
  fileEmpty: 'The file is empty.',
  fileTooLarge: 'The file is larger than 10 MB. Please split it into several files.',
  chosen: (name: string, size: string) => `Chosen: ${name} (${size})`,
  agency: 'Agency',
  agencyHint: 'The listings go into its queue.',
  agencyMissing: 'Please choose the agency.',
  chooseAgency: 'Please choose …',
  publish: 'Publish at once (without review in the queue)',
  dryRun: 'Dry run',
  checking: 'Checking …',
  importNow: 'Import now',
  importing: 'Importing …',
  working: (dryRun) =>
    dryRun
      ? 'Checking the file. With many listings this takes up to a minute.'
      : 'Saving the listings. With many listings this takes a few minutes. Please keep this page open.',
  reportHeading: (dryRun: boolean) => (dryRun ? 'Result of the dry run' : 'Result of the import'),
  summary: (dryRun, publish, counts) =>
    `${dryRun ? 'Would be' : 'Done'}: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged${dryRun ? ' – nothing is saved yet.' : '.'} ${
      publish ? 'The listings are published.' : 'The listings wait in the queue for review.'
    }`,
  refused: (count: number) => `The file was refused: ${count === 1 ? '1 error' : `${count} errors`}. Nothing was saved. Please correct the file and check it again.`,
  errorsCaption: 'Errors in the file',
  unmappedCaption: (count: number) => `Values without a match (${count}), left out`,
  listingsCaption: 'Listings',
  more: (count: number) => `… and ${count} more listings.`,
  noListings: 'The file holds no listings.',
  where: 'Where',
  field: 'Column or field',
  problem: 'Note',
  listing: 'Listing',
  outcome: 'Result',
  outcomes: { new: 'new', updated: 'updated', unchanged: 'unchanged' },
  changedChoices: 'The file or a choice has changed: please run a dry run first again.',
  done: (count: number) => `Import finished: ${count === 1 ? '1 listing' : `${count} listings`} saved.`,
};
