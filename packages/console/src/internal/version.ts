/** The version of @mitmachen/console on every element class (`static version`), for `defineElement`. */
export const VERSION = '0.1.0';
