/** Export: what the store holds, in the contract's formats ({@link org.storyline.export.Exporter}). */
package org.storyline.export;
