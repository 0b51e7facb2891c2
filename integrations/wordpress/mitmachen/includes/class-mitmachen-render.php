<?php
/**
 * The markup the blocks and shortcodes print: one custom element of @mitmachen/elements with
 * validated, escaped attributes. WordPress prints it itself, so kses never sees it and authors
 * and contributors can use every element.
 *
 * @package Mitmachen
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the elements.
 */
final class Mitmachen_Render {

	/**
	 * The search. Empty regions and categories fall back to the settings' defaults.
	 *
	 * @param array $attributes The regions, categories (lists or strings), kind, pageSize, theme.
	 * @return string
	 */
	public static function search( $attributes ) {
		return self::element( 'mitmachen-search', self::search_attributes( $attributes ) );
	}

	/**
	 * The search element's attributes for a block's or shortcode's, validated: what the element
	 * gets, and what the first search's preload is made from (Mitmachen_Preload).
	 *
	 * @param array $attributes The regions, categories (lists or strings), kind, pageSize, theme.
	 * @return array Attribute names and values ('' for none, true for a bare attribute).
	 */
	public static function search_attributes( $attributes ) {
		$settings   = Mitmachen_Options::get();
		$regions    = Mitmachen_Options::ids( isset( $attributes['regions'] ) ? $attributes['regions'] : array() );
		$categories = Mitmachen_Options::ids( isset( $attributes['categories'] ) ? $attributes['categories'] : array() );
		$page_size  = Mitmachen_Options::page_size( isset( $attributes['pageSize'] ) ? $attributes['pageSize'] : 0 );
		return array(
			'region'     => implode( ' ', $regions ? $regions : $settings['regions'] ),
			'categories' => implode( ' ', $categories ? $categories : $settings['categories'] ),
			'kind'       => Mitmachen_Options::choice( isset( $attributes['kind'] ) ? $attributes['kind'] : '', Mitmachen_Options::KINDS ),
			'page-size'  => $page_size ? (string) $page_size : '',
			'theme'      => self::theme( $attributes, $settings ),
			'sync-url'   => true,
		);
	}

	/**
	 * A form to post an opportunity (`mitmachen-opportunity-form`) or an offer of help
	 * (`mitmachen-offer-form`); its consent checkbox links to the site's privacy policy.
	 *
	 * @param string $tag        The form's element name.
	 * @param array  $attributes The theme.
	 * @return string
	 */
	public static function form( $tag, $attributes ) {
		return self::element(
			$tag,
			array(
				'privacy-url' => get_privacy_policy_url(),
				'theme'       => self::theme( $attributes, Mitmachen_Options::get() ),
			)
		);
	}

	/**
	 * One opportunity with its contact form.
	 *
	 * @param array $attributes The opportunityId and theme.
	 * @return string
	 */
	public static function opportunity( $attributes ) {
		$id = Mitmachen_Options::id( isset( $attributes['opportunityId'] ) ? $attributes['opportunityId'] : '' );
		if ( '' === $id ) {
			return self::editor_notice( __( 'mitmachen: choose the opportunity to show (its id, as in the address of its detail view).', 'mitmachen' ) );
		}
		return self::element(
			'mitmachen-opportunity',
			array(
				'opportunity-id' => $id,
				'privacy-url'    => get_privacy_policy_url(),
				'theme'          => self::theme( $attributes, Mitmachen_Options::get() ),
			)
		);
	}

	/**
	 * An element with api-base and the given attributes (empty ones left out, true as a bare
	 * attribute), and its script queued; a notice for editors and nothing for visitors when no
	 * server is set.
	 *
	 * @param string $tag        The element's name.
	 * @param array  $attributes Attribute names and values.
	 * @return string
	 */
	public static function element( $tag, $attributes ) {
		$server = Mitmachen_Options::server_url();
		if ( '' === $server ) {
			return self::editor_notice( __( 'mitmachen: no server address is set yet, so visitors see nothing here. An administrator sets it under Settings → mitmachen.', 'mitmachen' ) );
		}
		Mitmachen_Assets::enqueue_element_script();
		$html = '<' . $tag . ' api-base="' . esc_attr( $server . '/v1' ) . '"';
		foreach ( $attributes as $name => $value ) {
			if ( true === $value ) {
				$html .= ' ' . $name;
			} elseif ( is_string( $value ) && '' !== $value ) {
				$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
			}
		}
		return $html . '></' . $tag . '>';
	}

	/**
	 * A note only people who can edit the page see (in the editor's preview and on the page
	 * while logged in); visitors get nothing.
	 *
	 * @param string $message The note.
	 * @return string
	 */
	public static function editor_notice( $message ) {
		if ( ! current_user_can( 'edit_posts' ) ) {
			return '';
		}
		return '<p class="mitmachen-notice" role="note">' . esc_html( $message ) . '</p>';
	}

	/**
	 * The block's or shortcode's theme, else the settings' default.
	 *
	 * @param array $attributes The attributes.
	 * @param array $settings   The settings.
	 * @return string
	 */
	private static function theme( $attributes, $settings ) {
		$theme = Mitmachen_Options::choice( isset( $attributes['theme'] ) ? $attributes['theme'] : '', Mitmachen_Options::THEMES );
		return '' !== $theme ? $theme : $settings['theme'];
	}
}
