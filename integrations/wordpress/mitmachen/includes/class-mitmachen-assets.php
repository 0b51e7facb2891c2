<?php
/**
 * Loading the elements' script (the server's /mitmachen.js, an ES module) only on pages that
 * show an element: as a script module on WordPress 6.5 and later, otherwise as a registered
 * script that gets type="module" through the script_loader_tag filter.
 *
 * @package Mitmachen
 */

defined( 'ABSPATH' ) || exit;

/**
 * Queues the script.
 */
final class Mitmachen_Assets {

	/** The handle of the elements' script (classic script API) and its module id. */
	const HANDLE = 'mitmachen-elements';

	/**
	 * Hooks the filter that makes the classic script a module.
	 */
	public static function init() {
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 2 );
	}

	/**
	 * Queues the elements' script for this page. Safe to call many times and at any point
	 * while the page is built: blocks render after wp_head in classic themes, so it goes to
	 * the footer.
	 */
	public static function enqueue_element_script() {
		$server = Mitmachen_Options::server_url();
		if ( '' === $server ) {
			return;
		}
		$src = $server . '/mitmachen.js';
		// The admin (the block editor's preview) gets the classic way everywhere: script modules
		// are printed only on the front end in some releases.
		if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
			// null: no "?ver=" query; the server names its releases itself.
			wp_enqueue_script_module( self::HANDLE, $src, array(), null );
			return;
		}
		if ( ! wp_script_is( self::HANDLE, 'registered' ) ) {
			wp_register_script( self::HANDLE, $src, array(), null, true );
		}
		wp_enqueue_script( self::HANDLE );
	}

	/**
	 * Gives the classic script tag of the elements type="module" (a plain script would be a
	 * syntax error), replacing a type="text/javascript" that themes without html5 support get.
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle The script's handle.
	 * @return string
	 */
	public static function module_tag( $tag, $handle ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
		return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
	}
}
