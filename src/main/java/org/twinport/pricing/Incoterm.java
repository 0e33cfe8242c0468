package org.twinport.pricing;

/** Who pays import duty and tax: the buyer at checkout (DDP) or at the door (DAP). */
public enum Incoterm {

	DDP, DAP

}
