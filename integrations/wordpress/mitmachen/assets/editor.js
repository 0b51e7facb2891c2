/**
 * The blocks' editor side, in plain JavaScript on WordPress's globals so the plugin needs no
 * build step. The markup itself comes from the server (ServerSideRender runs the blocks'
 * render_callback), so the preview is exactly what visitors get.
 */
/* global wp */
( function () {
	'use strict';

	const el = wp.element.createElement;
	const { __ } = wp.i18n;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, CheckboxControl, SelectControl, RangeControl, TextControl, Notice, Spinner } = wp.components;
	const ServerSideRender = wp.serverSideRender;

	/** Regions and categories from the plugin's endpoint, fetched once per editor. */
	let taxonomyRequest;
	function useTaxonomy() {
		const [ taxonomy, setTaxonomy ] = wp.element.useState( null );
		wp.element.useEffect( () => {
			let active = true;
			taxonomyRequest =
				taxonomyRequest ||
				wp.apiFetch( { path: '/mitmachen/v1/taxonomy' } ).catch( ( error ) => ( { error: error.message || String( error ) } ) );
			taxonomyRequest.then( ( result ) => active && setTaxonomy( result ) );
			return () => {
				active = false;
			};
		}, [] );
		return taxonomy;
	}

	function themeControl( attributes, setAttributes ) {
		return el( SelectControl, {
			label: __( 'Theme', 'mitmachen' ),
			value: attributes.theme,
			options: [
				{ value: '', label: __( 'As in the settings', 'mitmachen' ) },
				{ value: 'light', label: __( 'Light', 'mitmachen' ) },
				{ value: 'dark', label: __( 'Dark', 'mitmachen' ) },
				{ value: 'auto', label: __( 'Follow the visitor’s system', 'mitmachen' ) },
			],
			onChange: ( theme ) => setAttributes( { theme } ),
		} );
	}

	/** One checkbox per term; the attribute holds the checked ids. */
	function termPanel( title, key, taxonomy, attributes, setAttributes ) {
		let body;
		if ( ! taxonomy ) {
			body = el( Spinner );
		} else if ( taxonomy.error || ! taxonomy.configured || taxonomy[ key ].length === 0 ) {
			body = el(
				Notice,
				{ status: 'warning', isDismissible: false },
				taxonomy.configured === false
					? __( 'No mitmachen server is set yet. An administrator sets it under Settings → mitmachen.', 'mitmachen' )
					: __( 'The choices could not be loaded from the mitmachen server.', 'mitmachen' )
			);
		} else {
			const chosen = attributes[ key ];
			body = [
				el( 'p', { key: 'help', className: 'components-base-control__help' }, __( 'None checked: the defaults from the settings.', 'mitmachen' ) ),
				...taxonomy[ key ].map( ( term ) =>
					el( CheckboxControl, {
						key: term.id,
						label: term.label,
						checked: chosen.includes( term.id ),
						onChange: ( checked ) =>
							setAttributes( {
								[ key ]: checked ? [ ...chosen, term.id ] : chosen.filter( ( id ) => id !== term.id ),
							} ),
					} )
				),
			];
		}
		return el( PanelBody, { title, initialOpen: key === 'regions' }, body );
	}

	function preview( name, attributes ) {
		return el( ServerSideRender, { block: name, attributes } );
	}

	wp.blocks.registerBlockType( 'mitmachen/search', {
		edit( { attributes, setAttributes } ) {
			const taxonomy = useTaxonomy();
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					termPanel( __( 'Regions', 'mitmachen' ), 'regions', taxonomy, attributes, setAttributes ),
					termPanel( __( 'Categories', 'mitmachen' ), 'categories', taxonomy, attributes, setAttributes ),
					el(
						PanelBody,
						{ title: __( 'Display', 'mitmachen' ) },
						el( SelectControl, {
							label: __( 'What to search', 'mitmachen' ),
							value: attributes.kind,
							options: [
								{ value: '', label: __( 'Opportunities', 'mitmachen' ) },
								{ value: 'offers', label: __( 'Offers of help by volunteers', 'mitmachen' ) },
							],
							onChange: ( kind ) => setAttributes( { kind } ),
						} ),
						el( RangeControl, {
							label: __( 'Results per page', 'mitmachen' ),
							value: attributes.pageSize || 12,
							min: 1,
							max: 50,
							onChange: ( pageSize ) => setAttributes( { pageSize: Number( pageSize ) || 0 } ),
						} ),
						themeControl( attributes, setAttributes )
					)
				),
				preview( 'mitmachen/search', attributes )
			);
		},
		save: () => null,
	} );

	function formBlock( name ) {
		wp.blocks.registerBlockType( name, {
			edit( { attributes, setAttributes } ) {
				return el(
					'div',
					useBlockProps(),
					el( InspectorControls, null, el( PanelBody, { title: __( 'Display', 'mitmachen' ) }, themeControl( attributes, setAttributes ) ) ),
					preview( name, attributes )
				);
			},
			save: () => null,
		} );
	}
	formBlock( 'mitmachen/opportunity-form' );
	formBlock( 'mitmachen/offer-form' );

	wp.blocks.registerBlockType( 'mitmachen/opportunity', {
		edit( { attributes, setAttributes } ) {
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Opportunity', 'mitmachen' ) },
						el( TextControl, {
							label: __( 'Opportunity id', 'mitmachen' ),
							help: __( 'Open the opportunity in the search and copy the id after “angebot=” from the page address.', 'mitmachen' ),
							value: attributes.opportunityId,
							onChange: ( value ) => setAttributes( { opportunityId: value.trim().toLowerCase() } ),
						} ),
						themeControl( attributes, setAttributes )
					)
				),
				preview( 'mitmachen/opportunity', attributes )
			);
		},
		save: () => null,
	} );
} )();
