<?php
/**
 * The plugin's stored settings and the rules every value from a block, a shortcode or the
 * settings form must pass before it reaches a page.
 *
 * @package Mitmachen
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads the settings and validates attribute values.
 */
final class Mitmachen_Options {

	/** The option holding server_url, regions, categories and theme. */
	const OPTION = 'mitmachen_settings';

	/** The option caching the server's taxonomy (regions and categories with their labels). */
	const TAXONOMY_OPTION = 'mitmachen_taxonomy';

	/** Values the elements' `theme` attribute takes; '' leaves it to the element (light). */
	const THEMES = array( '', 'light', 'dark', 'auto' );

	/** Values the search's `kind` attribute takes; '' is the element's default (opportunities). */
	const KINDS = array( '', 'opportunities', 'offers' );

	/**
	 * The settings with defaults for anything missing.
	 *
	 * @return array{server_url: string, regions: string[], categories: string[], theme: string}
	 */
	public static function get() {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		return array(
			'server_url' => isset( $stored['server_url'] ) && is_string( $stored['server_url'] ) ? $stored['server_url'] : '',
			'regions'    => self::ids( isset( $stored['regions'] ) ? $stored['regions'] : array() ),
			'categories' => self::ids( isset( $stored['categories'] ) ? $stored['categories'] : array() ),
			'theme'      => self::choice( isset( $stored['theme'] ) ? $stored['theme'] : '', self::THEMES ),
		);
	}

	/**
	 * The server's origin without a trailing slash, or '' when none is set.
	 *
	 * @return string
	 */
	public static function server_url() {
		$settings = self::get();
		return untrailingslashit( $settings['server_url'] );
	}

	/**
	 * Ids from a list or a space- or comma-separated string: only lowercase letters, digits and
	 * hyphens (the form every region and category id of the API has), each once.
	 *
	 * @param mixed $value A list of strings or one string.
	 * @return string[]
	 */
	public static function ids( $value ) {
		if ( is_string( $value ) ) {
			$value = preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY );
		}
		if ( ! is_array( $value ) ) {
			return array();
		}
		$ids = array();
		foreach ( $value as $id ) {
			if ( is_string( $id ) && preg_match( '/^[a-z0-9-]{1,64}$/', $id ) ) {
				$ids[] = $id;
			}
		}
		return array_values( array_unique( $ids ) );
	}

	/**
	 * One id (an opportunity's) or '' when it is not of the allowed form.
	 *
	 * @param mixed $value The id.
	 * @return string
	 */
	public static function id( $value ) {
		return is_string( $value ) && preg_match( '/^[a-z0-9-]{1,64}$/', $value ) ? $value : '';
	}

	/**
	 * The value when it is one of the allowed ones, else ''.
	 *
	 * @param mixed    $value   The value.
	 * @param string[] $allowed The allowed values.
	 * @return string
	 */
	public static function choice( $value, $allowed ) {
		return is_string( $value ) && in_array( $value, $allowed, true ) ? $value : '';
	}

	/**
	 * A page size of 1 to 50, or 0 (the element's default) for anything else.
	 *
	 * @param mixed $value The page size.
	 * @return int
	 */
	public static function page_size( $value ) {
		if ( is_string( $value ) && preg_match( '/^\d{1,3}$/', $value ) ) {
			$value = (int) $value;
		}
		return is_int( $value ) && $value >= 1 && $value <= 50 ? $value : 0;
	}
}
