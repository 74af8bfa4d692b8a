/** Output formats of the record: JSON Lines (the contract) and a readable text report. */
package org.warta.io;
