/**
 * A stylesheet as hard on embedded widgets as old CMS themes get: resets and `!important` on
 * everything (the element's host included), the usual tag selectors and content-box sizing.
 */
import type { PageFile } from './harness.js';

export const hostileCss: PageFile = {
  type: 'text/css; charset=utf-8',
  body: `* {
  margin: 0 !important;
  padding: 0 !important;
  border: 0 none !important;
  box-sizing: content-box !important;
  background: #ffc none !important;
  float: none !important;
  max-width: none !important;
}
button { background: #f0f !important; border: 4px solid #000 !important; padding: 20px !important; font-size: 24px !important; width: 100% !important; display: block !important; }
input, select, textarea { border: 3px dashed red !important; height: 60px !important; width: 50px !important; font-size: 30px !important; appearance: none !important; }
a { color: hotpink !important; text-decoration: underline wavy !important; font-size: 30px !important; }
ul, ol { list-style: square !important; margin-left: 50px !important; padding-left: 50px !important; }
li { display: inline !important; }
fieldset { border: 5px double blue !important; padding: 30px !important; }
h2, h3 { font-size: 60px !important; }
`,
};

/**
 * Text settings on \`*\` with !important: they reach the host, beat its \`:host\` rules and are
 * inherited into the shadow tree. Line height comes through on purpose; the rest should not.
 */
export const hostileTextCss: PageFile = {
  type: 'text/css; charset=utf-8',
  body: `* {
  line-height: 1 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.3em !important;
  text-transform: uppercase !important;
  text-align: center !important;
  text-indent: 2em !important;
  white-space: nowrap !important;
  font-style: italic !important;
  font-weight: 700 !important;
}
`,
};

/**
 * The "62.5 %" trick some themes use to make `rem` easy (1rem = 10px): the text itself stays
 * at 16px, so only sizes given in rem change.
 */
export const smallRootCss: PageFile = { type: 'text/css; charset=utf-8', body: 'html { font-size: 62.5%; }\nbody { font-size: 1.6rem; }\n' };
