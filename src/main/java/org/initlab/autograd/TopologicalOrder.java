package org.initlab.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The order in which {@link Tensor#backward()} visits the graph: every tensor after all of its parents. */
final class TopologicalOrder {
    private TopologicalOrder() {
    }

    /**
     * The tensors reachable from {@code root} through parents that take a gradient, each after all of its parents
     * (iterative depth-first search, so deep graphs do not overflow the stack); backward walks it from the end.
     */
    static List<Tensor> of(Tensor root) {
        List<Tensor> order = new ArrayList<>();
        Map<Tensor, Boolean> visited = new IdentityHashMap<>();
        Deque<Tensor> stack = new ArrayDeque<>();
        Deque<Integer> nextParent = new ArrayDeque<>();
        stack.push(root);
        nextParent.push(0);
        visited.put(root, Boolean.TRUE);
        while (!stack.isEmpty()) {
            Tensor top = stack.peek();
            int i = nextParent.pop();
            if (i < top.parentCount()) {
                nextParent.push(i + 1);
                Tensor p = top.parent(i);
                if (p.requiresGrad() && visited.put(p, Boolean.TRUE) == null) {
                    stack.push(p);
                    nextParent.push(0);
                }
            } else {
                stack.pop();
                order.add(top);
            }
        }
        return order;
    }
}
