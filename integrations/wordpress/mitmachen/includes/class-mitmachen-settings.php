<?php
/**
 * Settings → mitmachen: the server's address, checked before it is saved, and the defaults for
 * regions, categories and theme. Stored through the Settings API; only for manage_options.
 *
 * @package Mitmachen
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page.
 */
final class Mitmachen_Settings {

	/** The settings page's slug and option group. */
	const PAGE = 'mitmachen';

	/** A refused address is kept here for a few minutes, so the field shows what was typed. */
	const REFUSED = 'mitmachen_refused_url_';

	/**
	 * What sanitize() returned last in this request.
	 *
	 * @var array|null
	 */
	private static $last = null;

	/**
	 * Hooks the page, the setting and the notice about a missing address.
	 */
	public static function init() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_action( 'admin_notices', array( __CLASS__, 'missing_server_notice' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( MITMACHEN_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/**
	 * Adds Settings → mitmachen.
	 */
	public static function menu() {
		add_options_page( __( 'mitmachen settings', 'mitmachen' ), 'mitmachen', 'manage_options', self::PAGE, array( __CLASS__, 'page' ) );
	}

	/**
	 * A "Settings" link on the plugins screen.
	 *
	 * @param string[] $links The plugin's links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'mitmachen' ) . '</a>' );
		return $links;
	}

	/**
	 * Registers the setting, its section and fields.
	 */
	public static function register() {
		register_setting(
			self::PAGE,
			Mitmachen_Options::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => array(),
			)
		);
		add_settings_section( 'mitmachen_server', __( 'Server', 'mitmachen' ), array( __CLASS__, 'server_section' ), self::PAGE );
		add_settings_field(
			'mitmachen_server_url',
			__( 'Server address', 'mitmachen' ),
			array( __CLASS__, 'server_url_field' ),
			self::PAGE,
			'mitmachen_server',
			array( 'label_for' => 'mitmachen_server_url' )
		);
		add_settings_section( 'mitmachen_defaults', __( 'Defaults for every search', 'mitmachen' ), array( __CLASS__, 'defaults_section' ), self::PAGE );
		add_settings_field( 'mitmachen_regions', __( 'Regions', 'mitmachen' ), array( __CLASS__, 'terms_field' ), self::PAGE, 'mitmachen_defaults', array( 'key' => 'regions' ) );
		add_settings_field( 'mitmachen_categories', __( 'Categories', 'mitmachen' ), array( __CLASS__, 'terms_field' ), self::PAGE, 'mitmachen_defaults', array( 'key' => 'categories' ) );
		add_settings_field(
			'mitmachen_theme',
			__( 'Theme', 'mitmachen' ),
			array( __CLASS__, 'theme_field' ),
			self::PAGE,
			'mitmachen_defaults',
			array( 'label_for' => 'mitmachen_theme' )
		);
	}

	/**
	 * Validates the form. A server address is saved only when /health and /v1/taxonomy answer
	 * as mitmachen does; otherwise the previous one stays and the page says why.
	 *
	 * @param mixed $input The submitted values.
	 * @return array
	 */
	public static function sanitize( $input ) {
		// Some WordPress releases sanitize twice on the save that creates the option
		// (update_option hands over to add_option): a second run in the same request gives
		// the same answer without asking the server again or repeating the message.
		foreach ( get_settings_errors( Mitmachen_Options::OPTION ) as $reported ) {
			if ( 'mitmachen_server' === $reported['code'] && isset( self::$last ) ) {
				return self::$last;
			}
		}
		self::$last = self::check_and_sanitize( $input );
		return self::$last;
	}

	/**
	 * The sanitized settings, with a message about the server's address.
	 *
	 * @param mixed $input The submitted values.
	 * @return array
	 */
	private static function check_and_sanitize( $input ) {
		$input    = is_array( $input ) ? $input : array();
		$previous = Mitmachen_Options::get();
		$output   = array(
			'server_url' => $previous['server_url'],
			'regions'    => Mitmachen_Options::ids( isset( $input['regions'] ) ? wp_unslash( $input['regions'] ) : array() ),
			'categories' => Mitmachen_Options::ids( isset( $input['categories'] ) ? wp_unslash( $input['categories'] ) : array() ),
			'theme'      => Mitmachen_Options::choice( isset( $input['theme'] ) ? $input['theme'] : '', Mitmachen_Options::THEMES ),
		);
		$typed    = isset( $input['server_url'] ) && is_string( $input['server_url'] ) ? trim( wp_unslash( $input['server_url'] ) ) : '';
		if ( '' === $typed ) {
			$output['server_url'] = '';
			delete_option( Mitmachen_Options::TAXONOMY_OPTION );
			return $output;
		}
		$url      = Mitmachen_Server::normalize( $typed );
		$taxonomy = null;
		if ( ! is_wp_error( $url ) ) {
			$taxonomy = Mitmachen_Server::check( $url );
		}
		$error = is_wp_error( $url ) ? $url : ( is_wp_error( $taxonomy ) ? $taxonomy : null );
		if ( $error ) {
			add_settings_error(
				Mitmachen_Options::OPTION,
				'mitmachen_server',
				$error->get_error_message() . ' ' . __( 'The address was not saved.', 'mitmachen' ),
				'error'
			);
			set_transient( self::REFUSED . get_current_user_id(), $typed, 5 * MINUTE_IN_SECONDS );
			return $output;
		}
		$output['server_url'] = $url;
		update_option( Mitmachen_Options::TAXONOMY_OPTION, $taxonomy, false );
		delete_transient( self::REFUSED . get_current_user_id() );
		add_settings_error(
			Mitmachen_Options::OPTION,
			'mitmachen_server',
			sprintf(
				/* translators: 1: the server address, 2: number of regions, 3: number of categories. */
				__( 'Settings saved. The mitmachen server at %1$s answers (%2$d regions, %3$d categories).', 'mitmachen' ),
				$url,
				count( $taxonomy['regions'] ),
				count( $taxonomy['categories'] )
			),
			'success'
		);
		return $output;
	}

	/**
	 * The page itself. WordPress prints the messages from sanitize() above the form.
	 */
	public static function page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'mitmachen settings', 'mitmachen' ); ?></h1>
			<form action="options.php" method="post">
				<?php
				settings_fields( self::PAGE );
				do_settings_sections( self::PAGE );
				submit_button();
				?>
			</form>
		</div>
		<?php
	}

	/**
	 * The server section's introduction.
	 */
	public static function server_section() {
		echo '<p>' . esc_html__( 'The mitmachen server whose opportunities your pages show. When you save, the plugin checks that it answers.', 'mitmachen' ) . '</p>';
	}

	/**
	 * The defaults section's introduction.
	 */
	public static function defaults_section() {
		echo '<p>' . esc_html__( 'Used by every search block and shortcode that does not choose its own.', 'mitmachen' ) . '</p>';
	}

	/**
	 * The address field; after a refused save it shows what was typed, so nothing is lost.
	 */
	public static function server_url_field() {
		$settings = Mitmachen_Options::get();
		$refused  = get_transient( self::REFUSED . get_current_user_id() );
		$value    = is_string( $refused ) ? $refused : $settings['server_url'];
		printf(
			'<input type="url" class="regular-text code" id="mitmachen_server_url" name="%1$s[server_url]" value="%2$s" placeholder="https://mitmachen.example.org" aria-describedby="mitmachen_server_url_help"%3$s>',
			esc_attr( Mitmachen_Options::OPTION ),
			esc_attr( $value ),
			is_string( $refused ) ? ' aria-invalid="true"' : ''
		);
		echo '<p class="description" id="mitmachen_server_url_help">' . esc_html__( 'For example https://mitmachen.example.org. Leave it empty to switch the plugin off: pages then show nothing from mitmachen.', 'mitmachen' ) . '</p>';
	}

	/**
	 * Checkboxes for the default regions or categories, from the server's taxonomy.
	 *
	 * @param array $args The key: regions or categories.
	 */
	public static function terms_field( $args ) {
		$key      = $args['key'];
		$settings = Mitmachen_Options::get();
		$taxonomy = get_option( Mitmachen_Options::TAXONOMY_OPTION );
		$legend   = 'regions' === $key ? __( 'Regions', 'mitmachen' ) : __( 'Categories', 'mitmachen' );
		if ( ! is_array( $taxonomy ) || empty( $taxonomy[ $key ] ) ) {
			echo '<p>' . esc_html__( 'Save a working server address first; then its choices appear here.', 'mitmachen' ) . '</p>';
			return;
		}
		echo '<fieldset><legend class="screen-reader-text">' . esc_html( $legend ) . '</legend>';
		foreach ( Mitmachen_Server::localized( $taxonomy[ $key ] ) as $term ) {
			printf(
				'<label><input type="checkbox" name="%1$s[%2$s][]" value="%3$s"%4$s> %5$s</label><br>',
				esc_attr( Mitmachen_Options::OPTION ),
				esc_attr( $key ),
				esc_attr( $term['id'] ),
				checked( in_array( $term['id'], $settings[ $key ], true ), true, false ),
				esc_html( $term['label'] )
			);
		}
		echo '<p class="description">' . esc_html__( 'None checked: all of them.', 'mitmachen' ) . '</p></fieldset>';
	}

	/**
	 * The default theme.
	 */
	public static function theme_field() {
		$settings = Mitmachen_Options::get();
		echo '<select id="mitmachen_theme" name="' . esc_attr( Mitmachen_Options::OPTION ) . '[theme]">';
		foreach ( self::theme_labels() as $value => $label ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings['theme'], $value, false ), esc_html( $label ) );
		}
		echo '</select>';
	}

	/**
	 * The theme choices with their labels.
	 *
	 * @return array<string, string>
	 */
	public static function theme_labels() {
		return array(
			''      => __( 'Light (default)', 'mitmachen' ),
			'dark'  => __( 'Dark', 'mitmachen' ),
			'auto'  => __( 'Follow the visitor’s system', 'mitmachen' ),
			'light' => __( 'Light', 'mitmachen' ),
		);
	}

	/**
	 * Tells administrators on the dashboard and plugin screens that no server is set yet.
	 */
	public static function missing_server_notice() {
		$screen = get_current_screen();
		if ( ! current_user_can( 'manage_options' ) || '' !== Mitmachen_Options::server_url()
			|| ! $screen || ! in_array( $screen->id, array( 'dashboard', 'plugins' ), true ) ) {
			return;
		}
		printf(
			'<div class="notice notice-warning"><p>%1$s <a href="%2$s">%3$s</a></p></div>',
			esc_html__( 'mitmachen: no server address is set, so its blocks and shortcodes show nothing yet.', 'mitmachen' ),
			esc_url( admin_url( 'options-general.php?page=' . self::PAGE ) ),
			esc_html__( 'Set it now', 'mitmachen' )
		);
	}
}
