package org.descentlab.core.expr;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compiles a tree to JVM bytecode in a hidden class, so the JIT treats it like hand-written Java. The
 * row method computes the sub-expressions of y alone once per row, before its loop over x; its second
 * form also reads the sub-expressions of x alone from arrays filled once per grid.
 * Hidden classes are unloaded once no longer referenced, so compiling on every keystroke is fine.
 */
final class BytecodeCompiler implements Opcodes {

    private static final String KERNEL = Kernel.class.getName().replace('.', '/');
    private static final String CLASS_NAME = BytecodeCompiler.class.getPackageName().replace('.', '/') + "/GeneratedKernel";
    private static final String MATH = "java/lang/Math";
    /** The field holding a kernel's numbers. */
    private static final String NUMBERS = "numbers";

    private BytecodeCompiler() {
    }

    /**
     * Classes already made, by the shape of the tree they compute (its numbers left out): a function edited in
     * a number only (x^2 + 4*y^2 to x^2 + 5*y^2, the common edit while exploring) runs code the JIT has
     * already compiled, its numbers loaded from a field.
     */
    private static final int REMEMBERED = 64;
    private static final Map<String, Constructor<?>> BY_SHAPE = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Constructor<?>> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** Compiles the tree; throws a runtime exception (e.g. a method over 64 KiB) if it cannot. */
    static Kernel compile(Node root) throws ReflectiveOperationException {
        return compile(root, true);
    }

    /** @param remembered whether a class of this shape may be reused, and the one made kept for reuse */
    static Kernel compile(Node root, boolean remembered) throws ReflectiveOperationException {
        KernelNumbers numbers = new KernelNumbers();
        String shape = numbers.shape(root);
        Constructor<?> made = remembered ? BY_SHAPE.get(shape) : null;
        if (made == null) {
            made = define(root, numbers);
            if (remembered) {
                BY_SHAPE.put(shape, made);
            }
        }
        return (Kernel) made.newInstance((Object) numbers.values());
    }

    /** Whether a tree of this shape was compiled before, so that compiling it makes no new class: for tests. */
    static boolean known(Node root) {
        return BY_SHAPE.containsKey(new KernelNumbers().shape(root));
    }

    private static Constructor<?> define(Node root, KernelNumbers numbers) throws ReflectiveOperationException {
        Invariants invariants = new Invariants();
        invariants.collect(root);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, CLASS_NAME, null, "java/lang/Object", new String[] {KERNEL});
        cw.visitField(ACC_PRIVATE | ACC_FINAL, NUMBERS, "[D", null, null).visitEnd();
        constructor(cw);
        valueMethod(cw, root, numbers);
        rowMethod(cw, root, numbers, invariants.yOnly, List.of());
        if (!invariants.xOnly.isEmpty()) {
            rowMethod(cw, root, numbers, invariants.yOnly, invariants.xOnly);
            columnsMethod(cw, numbers, invariants.xOnly);
            columnCountMethod(cw, invariants.xOnly.size());
        }
        cw.visitEnd();
        MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true);
        return lookup.lookupClass().getDeclaredConstructor(double[].class);
    }

    private static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "([D)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(PUTFIELD, CLASS_NAME, NUMBERS, "[D");
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void valueMethod(ClassWriter cw, Node root, KernelNumbers numbers) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "value", "(DD)D", null, null);
        mv.visitCode();
        new Emitter(mv, numbers, 1, 3, 5).emit(root);
        mv.visitInsn(DRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void columnCountMethod(ClassWriter cw, int count) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "columnCount", "()I", null, null);
        mv.visitCode();
        mv.visitLdcInsn(count);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * {@code row(double y, double x0, double dx, int n, double[] out, int offset[, double[][] columns])}:
     * y-only values into locals first, then one loop over x.
     */
    private static void rowMethod(ClassWriter cw, Node root, KernelNumbers numbers, List<Node> yOnly, List<Node> xOnly) {
        boolean columned = !xOnly.isEmpty();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "row", columned ? "(DDDI[DI[[D)V" : "(DDDI[DI)V", null, null);
        mv.visitCode();
        final int y = 1;
        final int x0 = 3;
        final int dx = 5;
        final int n = 7;
        final int out = 8;
        final int offset = 9;
        final int columns = 10;
        int next = columned ? 11 : 10;
        final int i = next++;
        final int x = next;
        next += 2;
        Emitter emitter = new Emitter(mv, numbers, x, y, next);
        for (Node node : yOnly) {
            emitter.emit(node);
            int slot = emitter.allocate();
            mv.visitVarInsn(DSTORE, slot);
            emitter.locals.put(node, slot);
        }
        for (int k = 0; k < xOnly.size(); k++) {
            mv.visitVarInsn(ALOAD, columns);
            mv.visitLdcInsn(k);
            mv.visitInsn(AALOAD);
            int slot = emitter.nextFree++;
            mv.visitVarInsn(ASTORE, slot);
            emitter.columnArrays.put(xOnly.get(k), slot);
        }
        emitter.indexSlot = i;
        loopOverX(mv, x0, dx, n, i, x, () -> {
            mv.visitVarInsn(ALOAD, out);
            mv.visitVarInsn(ILOAD, offset);
            mv.visitVarInsn(ILOAD, i);
            mv.visitInsn(IADD);
            emitter.emit(root);
            mv.visitInsn(DASTORE);
        });
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code columns(double x0, double dx, int n, double[][] out)}: each x-only sub-tree at every x. */
    private static void columnsMethod(ClassWriter cw, KernelNumbers numbers, List<Node> xOnly) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "columns", "(DDI[[D)V", null, null);
        mv.visitCode();
        final int x0 = 1;
        final int dx = 3;
        final int n = 5;
        final int out = 6;
        final int i = 7;
        final int x = 8;
        Emitter emitter = new Emitter(mv, numbers, x, -1, 10);
        loopOverX(mv, x0, dx, n, i, x, () -> {
            for (int k = 0; k < xOnly.size(); k++) {
                mv.visitVarInsn(ALOAD, out);
                mv.visitLdcInsn(k);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ILOAD, i);
                emitter.emit(xOnly.get(k));
                mv.visitInsn(DASTORE);
            }
        });
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * {@code for (i = 0; i < n; i++) { x = x0 + i·dx; body }}: the same x expression in every method, so
     * that cached and fresh values agree bit for bit.
     */
    private static void loopOverX(MethodVisitor mv, int x0, int dx, int n, int i, int x, Runnable body) {
        Label loop = new Label();
        Label done = new Label();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, i);
        mv.visitLabel(loop);
        mv.visitVarInsn(ILOAD, i);
        mv.visitVarInsn(ILOAD, n);
        mv.visitJumpInsn(IF_ICMPGE, done);
        mv.visitVarInsn(DLOAD, x0);
        mv.visitVarInsn(ILOAD, i);
        mv.visitInsn(I2D);
        mv.visitVarInsn(DLOAD, dx);
        mv.visitInsn(DMUL);
        mv.visitInsn(DADD);
        mv.visitVarInsn(DSTORE, x);
        body.run();
        mv.visitIincInsn(i, 1);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
    }

    /** Emits code that leaves a node's value on the operand stack. */
    private static final class Emitter {
        private final MethodVisitor mv;
        private final int xSlot;
        private final int ySlot;
        /** Sub-trees already in a double local. */
        final Map<Node, Integer> locals = new IdentityHashMap<>();
        /** Sub-trees cached per column: the local holding that column's array, indexed by {@link #indexSlot}. */
        final Map<Node, Integer> columnArrays = new IdentityHashMap<>();
        int indexSlot = -1;
        int nextFree;

        /** Starts a method: its numbers from the field into locals, once, before any loop. */
        Emitter(MethodVisitor mv, KernelNumbers numbers, int xSlot, int ySlot, int firstFree) {
            this.mv = mv;
            this.xSlot = xSlot;
            this.ySlot = ySlot;
            this.nextFree = firstFree;
            for (Map.Entry<Node, Integer> n : numbers.index.entrySet()) {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitFieldInsn(GETFIELD, CLASS_NAME, NUMBERS, "[D");
                mv.visitLdcInsn(n.getValue());
                mv.visitInsn(DALOAD);
                int slot = allocate();
                mv.visitVarInsn(DSTORE, slot);
                locals.put(n.getKey(), slot);
            }
        }

        /** A new two-slot local for a double. */
        int allocate() {
            int slot = nextFree;
            nextFree += 2;
            return slot;
        }

        void emit(Node node) {
            Integer slot = locals.get(node);
            Integer column = columnArrays.get(node);
            if (slot != null) {
                mv.visitVarInsn(DLOAD, slot);
            } else if (column != null) {
                mv.visitVarInsn(ALOAD, column);
                mv.visitVarInsn(ILOAD, indexSlot);
                mv.visitInsn(DALOAD);
            } else if (node instanceof Node.Var v) {
                mv.visitVarInsn(DLOAD, v.index() == 0 ? xSlot : ySlot);
            } else if (node instanceof Node.Neg n) {
                emit(n.operand());
                mv.visitInsn(DNEG);
            } else if (node instanceof Node.Binary b) {
                emit(b.left());
                emit(b.right());
                binary(b.operator());
            } else if (node instanceof Node.Call c) {
                call(c);
            } else {
                intPower((Node.IntPower) node);
            }
        }

        private void binary(char operator) {
            switch (operator) {
                case '+' -> mv.visitInsn(DADD);
                case '-' -> mv.visitInsn(DSUB);
                case '*' -> mv.visitInsn(DMUL);
                case '/' -> mv.visitInsn(DDIV);
                case '%' -> mv.visitInsn(DREM);
                case '^' -> mv.visitMethodInsn(INVOKESTATIC, MATH, "pow", "(DD)D", false);
                default -> throw new IllegalStateException("operator " + operator);
            }
        }

        private void call(Node.Call c) {
            MathFunction f = c.function();
            if (f == MathFunction.COT) {
                mv.visitInsn(DCONST_1);
                emit(c.arguments().get(0));
                math("tan");
                mv.visitInsn(DDIV);
                return;
            }
            for (Node a : c.arguments()) {
                emit(a);
            }
            switch (f) {
                case LOG2 -> {
                    math("log");
                    mv.visitLdcInsn(MathFunction.LN2);
                    mv.visitInsn(DDIV);
                }
                case POW -> mv.visitMethodInsn(INVOKESTATIC, MATH, "pow", "(DD)D", false);
                default -> math(f.functionName());
            }
        }

        private void math(String name) {
            mv.visitMethodInsn(INVOKESTATIC, MATH, name, "(D)D", false);
        }

        /** Square-and-multiply with the running product on the stack, as {@link Interpreter#intPower}. */
        private void intPower(Node.IntPower p) {
            int n = Math.abs(p.exponent());
            if (n == 0) {
                mv.visitInsn(DCONST_1);
                return;
            }
            if (p.exponent() < 0) {
                mv.visitInsn(DCONST_1);
            }
            emit(p.base());
            if (n == 2) {
                mv.visitInsn(DUP2);
                mv.visitInsn(DMUL);
            } else {
                int base = allocate();
                mv.visitVarInsn(DSTORE, base);
                boolean first = true;
                while (n > 0) {
                    if ((n & 1) != 0) {
                        mv.visitVarInsn(DLOAD, base);
                        if (!first) {
                            mv.visitInsn(DMUL);
                        }
                        first = false;
                    }
                    n >>= 1;
                    if (n > 0) {
                        mv.visitVarInsn(DLOAD, base);
                        mv.visitInsn(DUP2);
                        mv.visitInsn(DMUL);
                        mv.visitVarInsn(DSTORE, base);
                    }
                }
            }
            if (p.exponent() < 0) {
                mv.visitInsn(DDIV);
            }
        }
    }
}
