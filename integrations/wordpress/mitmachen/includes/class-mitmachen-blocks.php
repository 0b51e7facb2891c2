<?php
/**
 * The blocks (dynamic: WordPress prints their markup on the server, so nothing an author saves
 * is filtered away) and the editor's source of regions and categories.
 *
 * @package Mitmachen
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the blocks and the taxonomy endpoint.
 */
final class Mitmachen_Blocks {

	/** The editor script every block's block.json names. */
	const EDITOR_HANDLE = 'mitmachen-editor';

	/**
	 * Hooks registration.
	 */
	public static function init() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_action( 'rest_api_init', array( __CLASS__, 'register_route' ) );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'editor_assets' ) );
	}

	/**
	 * Registers the editor script and the four blocks.
	 */
	public static function register() {
		wp_register_script(
			self::EDITOR_HANDLE,
			plugins_url( 'assets/editor.js', MITMACHEN_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n', 'wp-api-fetch' ),
			MITMACHEN_VERSION,
			true
		);
		wp_set_script_translations( self::EDITOR_HANDLE, 'mitmachen', MITMACHEN_DIR . '/languages' );

		$blocks = array(
			'search'           => array( 'Mitmachen_Render', 'search' ),
			'opportunity-form' => static function ( $attributes ) {
				return Mitmachen_Render::form( 'mitmachen-opportunity-form', $attributes );
			},
			'offer-form'       => static function ( $attributes ) {
				return Mitmachen_Render::form( 'mitmachen-offer-form', $attributes );
			},
			'opportunity'      => array( 'Mitmachen_Render', 'opportunity' ),
		);
		foreach ( $blocks as $folder => $render ) {
			register_block_type( MITMACHEN_DIR . '/blocks/' . $folder, array( 'render_callback' => $render ) );
		}
	}

	/**
	 * The elements' script in the editor too, so the preview is the live element.
	 */
	public static function editor_assets() {
		Mitmachen_Assets::enqueue_element_script();
	}

	/**
	 * GET /wp-json/mitmachen/v1/taxonomy: regions and categories for the block's sidebar, from
	 * the copy the settings page keeps (no request to the server per editor).
	 */
	public static function register_route() {
		register_rest_route(
			'mitmachen/v1',
			'/taxonomy',
			array(
				'methods'             => 'GET',
				'permission_callback' => static function () {
					return current_user_can( 'edit_posts' );
				},
				'callback'            => array( __CLASS__, 'taxonomy' ),
			)
		);
	}

	/**
	 * The taxonomy in the user's language; configured: false when no server is set.
	 *
	 * @return WP_REST_Response
	 */
	public static function taxonomy() {
		$taxonomy = Mitmachen_Server::taxonomy();
		return rest_ensure_response(
			array(
				'configured' => '' !== Mitmachen_Options::server_url(),
				'regions'    => $taxonomy ? Mitmachen_Server::localized( $taxonomy['regions'] ) : array(),
				'categories' => $taxonomy ? Mitmachen_Server::localized( $taxonomy['categories'] ) : array(),
			)
		);
	}
}
