import { html } from 'lit';
import '../packages/console/src/personal-data/define.js';
import { consoleSession, personalData } from './support/console-fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** DSGVO requests: find, export and erase what is stored about an e-mail address. */
type Story = StoryObj<Record<string, never>>;
type Context = Parameters<NonNullable<Story['render']>>[1];

const theme = (context: Context) => globalsOf(context).theme;
const admin = consoleSession('agency_admin');

const meta: Meta<Record<string, never>> = {
  title: 'Console/Personal data',
  component: 'mitmachen-console-personal-data',
  render: (_args, context) => html`<mitmachen-console-personal-data .session=${admin} theme=${theme(context)}></mitmachen-console-personal-data>`,
};
export default meta;

/** Before a search: the address field. */
export const Start: Story = {};

/** What was found, with the download and the erase button. */
export const Found: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-personal-data .session=${admin} .data=${personalData()} theme=${theme(context)}></mitmachen-console-personal-data>`,
};

/** Nothing is stored about the address in this agency's scope. */
export const NothingFound: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-personal-data
      .session=${admin}
      .data=${{ ...personalData(), records: [], counts: {} }}
      theme=${theme(context)}
    ></mitmachen-console-personal-data>`,
};

/** Erasing waits for its confirmation. */
export const ConfirmErase: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-personal-data .session=${admin} .data=${personalData()} .confirming=${true} theme=${theme(context)}></mitmachen-console-personal-data>`,
};
