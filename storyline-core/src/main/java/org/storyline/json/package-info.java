/** JSON: the shared Jackson configuration and the contract's flat article shape ({@link org.storyline.json.ContractJson}). */
package org.storyline.json;
