/** The browser binary to use (CHROME_PATH, else Debian's package), or undefined when there is none. */
export declare function findChromium(): string | undefined;
/** Like findChromium, but as root on a machine with apt-get installs Debian's package first. */
export declare function findOrInstallChromium(): string | undefined;
export declare const howToGetChromium: string;
/** The flags the browser tests and the browser benchmark start Chromium with. */
export declare const chromiumArgs: string[];
