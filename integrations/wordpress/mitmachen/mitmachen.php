<?php
/**
 * Plugin Name:       mitmachen
 * Plugin URI:        https://github.com/mitmachen/mitmachen
 * Description:       Puts the mitmachen search for local volunteering opportunities, the posting forms and single opportunities on pages: as blocks and shortcodes that every editor, author and contributor can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The mitmachen contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       mitmachen
 * Domain Path:       /languages
 *
 * @package Mitmachen
 */

defined( 'ABSPATH' ) || exit;

define( 'MITMACHEN_VERSION', '0.1.0' );
define( 'MITMACHEN_FILE', __FILE__ );
define( 'MITMACHEN_DIR', __DIR__ );

require_once __DIR__ . '/includes/class-mitmachen-options.php';
require_once __DIR__ . '/includes/class-mitmachen-server.php';
require_once __DIR__ . '/includes/class-mitmachen-render.php';
require_once __DIR__ . '/includes/class-mitmachen-assets.php';
require_once __DIR__ . '/includes/class-mitmachen-preload.php';
require_once __DIR__ . '/includes/class-mitmachen-settings.php';
require_once __DIR__ . '/includes/class-mitmachen-blocks.php';
require_once __DIR__ . '/includes/class-mitmachen-shortcodes.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'mitmachen', false, dirname( plugin_basename( MITMACHEN_FILE ) ) . '/languages' );
	}
);

Mitmachen_Assets::init();
Mitmachen_Preload::init();
Mitmachen_Settings::init();
Mitmachen_Blocks::init();
Mitmachen_Shortcodes::init();
