package org.descentlab.cli;

import java.util.Iterator;

import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;

/** The optimizer names for help texts, from the registry. */
final class OptimizerNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Optimizers.all().stream().map(OptimizerType::name).iterator();
    }
}
