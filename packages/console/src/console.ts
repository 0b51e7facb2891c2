/**
 * The console page's entry: registers every screen. The reference server serves its bundle at
 * `/console/assets/console.js`, loaded by `/console/`; citizens' pages never load it.
 */
import './app/define.js';
