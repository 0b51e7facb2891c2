<?php
/**
 * The first search's answer asked for from the page's head, beside the script (issue 17): the
 * same `<link rel="preload" as="fetch" crossorigin>` line the server's configurator gives, made
 * from the attributes of the search on the post being shown. The element's own first request
 * takes the preloaded answer up, so on a slow connection data and code travel side by side.
 *
 * The browser reuses a preload only for exactly the same address, so the address is built as
 * the element builds it (packages/elements/src/search/search-query.ts and the SDK's query
 * encoding: page, pageSize, each category, each region, then the language of the listings).
 * Where it cannot match, no line is printed: a preload that is not taken up is fetched for nothing.
 *
 * @package Mitmachen
 */

defined( 'ABSPATH' ) || exit;

/**
 * Prints the preload.
 */
final class Mitmachen_Preload {

	/**
	 * The page address's parameters the search reads its state from (sync-url, no prefix:
	 * packages/elements/src/search/search-state.ts, PARAMS). With one of them the first search
	 * is another than the attributes alone say.
	 */
	const STATE_PARAMS = array( 'q', 'kategorie', 'passt', 'zeit', 'art', 'alter', 'ort', 'lage', 'umkreis', 'sortierung', 'seite', 'angebot', 'meinesprache' );

	/** Languages listings can be read in besides German (the contract's TextLanguage). */
	const TEXT_LANGUAGES = array( 'en', 'uk', 'ar', 'tr', 'ru' );

	/**
	 * Hooks the head, early: a preload helps most before the head's styles and scripts.
	 */
	public static function init() {
		add_action( 'wp_head', array( __CLASS__, 'print_link' ), 2 );
	}

	/**
	 * The line for the post being shown, when it shows a search.
	 */
	public static function print_link() {
		$link = self::link();
		if ( '' !== $link ) {
			echo $link . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built with esc_attr in link().
		}
	}

	/**
	 * The preload line for this request, or '' when the page shows no search, has no server set,
	 * or the page address carries a search of its own.
	 *
	 * @return string
	 */
	public static function link() {
		if ( ! is_singular() || '' === Mitmachen_Options::server_url() ) {
			return '';
		}
		foreach ( self::STATE_PARAMS as $param ) {
			// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only whether it is there is read.
			if ( isset( $_GET[ $param ] ) ) {
				return '';
			}
		}
		$post = get_queried_object();
		if ( ! $post instanceof WP_Post ) {
			return '';
		}
		$attributes = self::first_search( $post->post_content );
		if ( null === $attributes ) {
			return '';
		}
		return '<link rel="preload" as="fetch" crossorigin href="' . esc_attr( self::first_search_url( Mitmachen_Render::search_attributes( $attributes ) ) ) . '">';
	}

	/**
	 * The block attributes of the first search in a post's content: a search block (also inside
	 * columns or groups) or a [mitmachen_search] shortcode; null when there is none.
	 *
	 * @param string $content The post's content.
	 * @return array|null
	 */
	public static function first_search( $content ) {
		if ( has_blocks( $content ) ) {
			$found = self::search_block( parse_blocks( $content ) );
			if ( null !== $found ) {
				return $found;
			}
		}
		if ( has_shortcode( $content, 'mitmachen_search' ) && preg_match( '/' . get_shortcode_regex( array( 'mitmachen_search' ) ) . '/', $content, $match ) ) {
			return Mitmachen_Shortcodes::search_block_attributes( shortcode_parse_atts( $match[3] ) );
		}
		return null;
	}

	/**
	 * The first search block's attributes among blocks and their inner blocks.
	 *
	 * @param array $blocks Parsed blocks.
	 * @return array|null
	 */
	private static function search_block( $blocks ) {
		foreach ( $blocks as $block ) {
			if ( 'mitmachen/search' === $block['blockName'] ) {
				return is_array( $block['attrs'] ) ? $block['attrs'] : array();
			}
			$inner = self::search_block( $block['innerBlocks'] );
			if ( null !== $inner ) {
				return $inner;
			}
		}
		return null;
	}

	/**
	 * The address the element asks for first, for its attributes (Mitmachen_Render::search_attributes).
	 *
	 * @param array $element The element's attributes.
	 * @return string
	 */
	public static function first_search_url( $element ) {
		$params = array( 'page=1', 'pageSize=' . ( '' !== $element['page-size'] ? $element['page-size'] : '12' ) );
		foreach ( self::known( $element['categories'], 'categories' ) as $category ) {
			$params[] = 'category=' . rawurlencode( $category );
		}
		foreach ( self::known( $element['region'], 'regions' ) as $region ) {
			$params[] = 'region=' . rawurlencode( $region );
		}
		// The element reads the page's language (<html lang>, WordPress's site language) as
		// packages/elements/src/internal/localize.ts pickLang does: German asks without one.
		$language = strtolower( strtok( (string) get_bloginfo( 'language' ), '-' ) );
		if ( in_array( $language, self::TEXT_LANGUAGES, true ) ) {
			$params[] = 'lang=' . $language;
		}
		$resource = 'offers' === $element['kind'] ? 'offers' : 'opportunities';
		return Mitmachen_Options::server_url() . '/v1/' . $resource . '?' . implode( '&', $params );
	}

	/**
	 * The ids of a space-separated list the element keeps: it drops ids its vocabulary does not
	 * know (and says so in the console), so they are dropped here by the server's taxonomy, the
	 * copy the settings page keeps (no request to the server while the page is made).
	 *
	 * @param string $list  The attribute's value.
	 * @param string $field The taxonomy's list: `regions` or `categories`.
	 * @return string[]
	 */
	private static function known( $list, $field ) {
		$ids      = array_values( array_filter( explode( ' ', $list ) ) );
		$taxonomy = get_option( Mitmachen_Options::TAXONOMY_OPTION );
		if ( ! is_array( $taxonomy ) || ! isset( $taxonomy[ $field ] ) || ! is_array( $taxonomy[ $field ] ) ) {
			return $ids;
		}
		$known = array_column( $taxonomy[ $field ], 'id' );
		return array_values( array_filter( $ids, static function ( $id ) use ( $known ) {
			return in_array( $id, $known, true );
		} ) );
	}
}
