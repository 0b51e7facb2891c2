import { html } from 'lit';
import '../packages/console/src/templates/define.js';
import { apiError, consoleSession, reasonTemplates } from './support/console-fixtures.js';
import { globalsOf, type Meta, type StoryObj } from './support/story.js';

/** Reason templates: the list, adding, changing and archiving. */
type Story = StoryObj<Record<string, never>>;
type Context = Parameters<NonNullable<Story['render']>>[1];

const theme = (context: Context) => globalsOf(context).theme;
const admin = consoleSession('agency_admin');

const meta: Meta<Record<string, never>> = {
  title: 'Console/Reason templates',
  component: 'mitmachen-console-templates',
  render: (_args, context) =>
    html`<mitmachen-console-templates .session=${admin} .items=${reasonTemplates()} theme=${theme(context)}></mitmachen-console-templates>`,
};
export default meta;

/** The platform's templates (read-only for an agency) and the agency's own, one archived. */
export const List: Story = {};

/** No templates yet. */
export const Empty: Story = {
  render: (_args, context) => html`<mitmachen-console-templates .session=${admin} .items=${[]} theme=${theme(context)}></mitmachen-console-templates>`,
};

/** Changing a template; the text too short. */
export const EditingWithError: Story = {
  render: (_args, context) =>
    html`<mitmachen-console-templates
      .session=${admin}
      .items=${reasonTemplates()}
      .form=${{ id: 'r2', title: 'Telefonnummer im Text', text: 'ok', errors: { text: 'Bitte schreiben Sie einen Text mit mindestens 3 Zeichen.' } }}
      theme=${theme(context)}
    ></mitmachen-console-templates>`,
};

/** The templates could not be loaded. */
export const LoadError: Story = {
  render: (_args, context) => html`<mitmachen-console-templates .session=${admin} .error=${apiError(0)} theme=${theme(context)}></mitmachen-console-templates>`,
};
