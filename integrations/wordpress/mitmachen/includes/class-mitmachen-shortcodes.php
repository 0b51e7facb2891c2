<?php
/**
 * Shortcodes for classic editors and page builders, the same elements as the blocks:
 * [mitmachen_search region="meissen" categories="umwelt-naturschutz" kind="offers" page_size="12" theme="dark"],
 * [mitmachen_opportunity_form], [mitmachen_offer_form], [mitmachen_opportunity id="…"].
 *
 * @package Mitmachen
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the shortcodes.
 */
final class Mitmachen_Shortcodes {

	/**
	 * Adds the shortcodes.
	 */
	public static function init() {
		add_shortcode( 'mitmachen_search', array( __CLASS__, 'search' ) );
		add_shortcode( 'mitmachen_opportunity_form', array( __CLASS__, 'opportunity_form' ) );
		add_shortcode( 'mitmachen_offer_form', array( __CLASS__, 'offer_form' ) );
		add_shortcode( 'mitmachen_opportunity', array( __CLASS__, 'opportunity' ) );
	}

	/**
	 * [mitmachen_search].
	 *
	 * @param array|string $atts The shortcode's attributes.
	 * @return string
	 */
	public static function search( $atts ) {
		return Mitmachen_Render::search( self::search_block_attributes( $atts ) );
	}

	/**
	 * The [mitmachen_search] shortcode's attributes as the search block's.
	 *
	 * @param array|string $atts The shortcode's attributes.
	 * @return array
	 */
	public static function search_block_attributes( $atts ) {
		$atts = shortcode_atts(
			array(
				'region'     => '',
				'categories' => '',
				'kind'       => '',
				'page_size'  => '',
				'theme'      => '',
			),
			$atts,
			'mitmachen_search'
		);
		return array(
			'regions'    => $atts['region'],
			'categories' => $atts['categories'],
			'kind'       => $atts['kind'],
			'pageSize'   => $atts['page_size'],
			'theme'      => $atts['theme'],
		);
	}

	/**
	 * [mitmachen_opportunity_form].
	 *
	 * @param array|string $atts The shortcode's attributes.
	 * @return string
	 */
	public static function opportunity_form( $atts ) {
		$atts = shortcode_atts( array( 'theme' => '' ), $atts, 'mitmachen_opportunity_form' );
		return Mitmachen_Render::form( 'mitmachen-opportunity-form', $atts );
	}

	/**
	 * [mitmachen_offer_form].
	 *
	 * @param array|string $atts The shortcode's attributes.
	 * @return string
	 */
	public static function offer_form( $atts ) {
		$atts = shortcode_atts( array( 'theme' => '' ), $atts, 'mitmachen_offer_form' );
		return Mitmachen_Render::form( 'mitmachen-offer-form', $atts );
	}

	/**
	 * [mitmachen_opportunity id="…"].
	 *
	 * @param array|string $atts The shortcode's attributes.
	 * @return string
	 */
	public static function opportunity( $atts ) {
		$atts = shortcode_atts(
			array(
				'id'    => '',
				'theme' => '',
			),
			$atts,
			'mitmachen_opportunity'
		);
		return Mitmachen_Render::opportunity(
			array(
				'opportunityId' => $atts['id'],
				'theme'         => $atts['theme'],
			)
		);
	}
}
