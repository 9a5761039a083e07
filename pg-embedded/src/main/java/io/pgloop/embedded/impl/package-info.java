/**
 * How the embedded server is found, unpacked, configured, started and set up. Not API: these
 * classes change without notice.
 */
package io.pgloop.embedded.impl;
