<?php
/**
 * Talking to the mitmachen server from WordPress: checking an address before it is saved and
 * keeping a copy of the taxonomy (regions and categories) for the settings page and the editor.
 *
 * @package Mitmachen
 */

defined( 'ABSPATH' ) || exit;

/**
 * Checks a server and caches its taxonomy.
 */
final class Mitmachen_Server {

	/** Seconds to wait for the server; a settings page should not hang for long. */
	const TIMEOUT = 10;

	/**
	 * The address as it will be stored: http(s), no query or fragment, no trailing slash, and
	 * without a trailing `/v1` (people paste the API base the snippets use).
	 *
	 * @param string $url What was typed.
	 * @return string|WP_Error
	 */
	public static function normalize( $url ) {
		$url   = trim( $url );
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] )
			|| ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
			|| isset( $parts['query'] ) || isset( $parts['fragment'] ) || isset( $parts['user'] ) ) {
			return new WP_Error(
				'mitmachen_invalid_url',
				sprintf(
					/* translators: %s: the address that was typed. */
					__( '“%s” is not a web address like https://mitmachen.example.org.', 'mitmachen' ),
					$url
				)
			);
		}
		$url = untrailingslashit( esc_url_raw( $url, array( 'http', 'https' ) ) );
		return preg_replace( '#/v1$#', '', $url );
	}

	/**
	 * Fetches /health and /v1/taxonomy. Returns the taxonomy to cache, or an error that says in
	 * plain words what is wrong.
	 *
	 * @param string $url A normalized server address.
	 * @return array|WP_Error
	 */
	public static function check( $url ) {
		$health = self::get_json( $url, '/health' );
		if ( is_wp_error( $health ) ) {
			return $health;
		}
		if ( ! isset( $health['status'] ) || 'ok' !== $health['status'] ) {
			return self::not_mitmachen( $url, '/health' );
		}
		$taxonomy = self::get_json( $url, '/v1/taxonomy' );
		if ( is_wp_error( $taxonomy ) ) {
			return $taxonomy;
		}
		if ( ! isset( $taxonomy['regions'], $taxonomy['categories'] ) || ! is_array( $taxonomy['regions'] ) || ! is_array( $taxonomy['categories'] ) ) {
			return self::not_mitmachen( $url, '/v1/taxonomy' );
		}
		return array(
			'regions'    => self::terms( $taxonomy['regions'] ),
			'categories' => self::terms( $taxonomy['categories'] ),
		);
	}

	/**
	 * The cached taxonomy, fetched once when there is none yet.
	 *
	 * @return array{regions: array, categories: array}|null
	 */
	public static function taxonomy() {
		$cached = get_option( Mitmachen_Options::TAXONOMY_OPTION );
		if ( is_array( $cached ) && isset( $cached['regions'], $cached['categories'] ) ) {
			return $cached;
		}
		$url = Mitmachen_Options::server_url();
		if ( '' === $url ) {
			return null;
		}
		$taxonomy = self::check( $url );
		if ( is_wp_error( $taxonomy ) ) {
			return null;
		}
		update_option( Mitmachen_Options::TAXONOMY_OPTION, $taxonomy, false );
		return $taxonomy;
	}

	/**
	 * Terms with the label in the language the current user reads WordPress in.
	 *
	 * @param array $terms Terms as cached: id and label {de, en}.
	 * @return array<int, array{id: string, label: string}>
	 */
	public static function localized( $terms ) {
		$language = 0 === strpos( get_user_locale(), 'de' ) ? 'de' : 'en';
		$result   = array();
		foreach ( $terms as $term ) {
			$result[] = array(
				'id'    => $term['id'],
				'label' => isset( $term['label'][ $language ] ) ? $term['label'][ $language ] : $term['id'],
			);
		}
		return $result;
	}

	/**
	 * The id and labels of each well-formed term.
	 *
	 * @param array $terms Terms from the API.
	 * @return array
	 */
	private static function terms( $terms ) {
		$result = array();
		foreach ( $terms as $term ) {
			if ( ! is_array( $term ) || '' === Mitmachen_Options::id( isset( $term['id'] ) ? $term['id'] : null ) ) {
				continue;
			}
			$label    = isset( $term['label'] ) && is_array( $term['label'] ) ? $term['label'] : array();
			$result[] = array(
				'id'    => $term['id'],
				'label' => array(
					'de' => isset( $label['de'] ) && is_string( $label['de'] ) ? $label['de'] : $term['id'],
					'en' => isset( $label['en'] ) && is_string( $label['en'] ) ? $label['en'] : $term['id'],
				),
			);
		}
		return $result;
	}

	/**
	 * GETs a path and decodes its JSON body.
	 *
	 * @param string $url  The server address.
	 * @param string $path The path to fetch.
	 * @return array|WP_Error
	 */
	private static function get_json( $url, $path ) {
		// wp_remote_get, not wp_safe_remote_get: an administrator may point the site at a server
		// in the town's own network, which the "safe" variant refuses.
		$response = wp_remote_get(
			$url . $path,
			array(
				'timeout'     => self::TIMEOUT,
				'redirection' => 2,
				'headers'     => array( 'Accept' => 'application/json' ),
			)
		);
		if ( is_wp_error( $response ) ) {
			return new WP_Error(
				'mitmachen_unreachable',
				sprintf(
					/* translators: 1: the server address, 2: the error from the connection attempt. */
					__( 'The server at %1$s cannot be reached (%2$s). Check the address and that the server is running.', 'mitmachen' ),
					$url,
					$response->get_error_message()
				)
			);
		}
		$status = (int) wp_remote_retrieve_response_code( $response );
		if ( 200 !== $status ) {
			return new WP_Error(
				'mitmachen_http_error',
				sprintf(
					/* translators: 1: the server address, 2: the path, 3: the HTTP status code. */
					__( 'The server at %1$s answered %2$s with HTTP status %3$d. Is this the address of a mitmachen server, and is it working?', 'mitmachen' ),
					$url,
					$path,
					$status
				)
			);
		}
		$body = json_decode( wp_remote_retrieve_body( $response ), true );
		return is_array( $body ) ? $body : self::not_mitmachen( $url, $path );
	}

	/**
	 * The error for a server that answers, but not as mitmachen does.
	 *
	 * @param string $url  The server address.
	 * @param string $path The path that answered unexpectedly.
	 * @return WP_Error
	 */
	private static function not_mitmachen( $url, $path ) {
		return new WP_Error(
			'mitmachen_not_mitmachen',
			sprintf(
				/* translators: 1: the server address, 2: the path. */
				__( 'The server at %1$s answers, but not like a mitmachen server (%2$s gave an unexpected answer). Check the address.', 'mitmachen' ),
				$url,
				$path
			)
		);
	}
}
