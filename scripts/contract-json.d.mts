export declare const yamlUrl: URL;
export declare const jsonUrl: URL;
/** The JSON text for an OpenAPI document written as YAML; a key written twice is an error. */
export declare function contractJson(yamlText: string): string;
/** The JSON text for packages/contract/openapi.yaml as it is now. */
export declare function currentContractJson(): Promise<string>;
