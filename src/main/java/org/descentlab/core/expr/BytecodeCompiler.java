package org.descentlab.core.expr;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compiles a tree to JVM bytecode in a hidden class, so the JIT treats it like hand-written Java. The
 * row method computes the sub-expressions of y alone once per row, before its loop over x.
 * Hidden classes are unloaded once no longer referenced, so compiling on every keystroke is fine.
 */
final class BytecodeCompiler implements Opcodes {

    private static final String KERNEL = Kernel.class.getName().replace('.', '/');
    private static final String CLASS_NAME = BytecodeCompiler.class.getPackageName().replace('.', '/') + "/GeneratedKernel";
    private static final String MATH = "java/lang/Math";

    /** Local-variable slots of {@code row(double y, double x0, double dx, int n, double[] out, int offset)}. */
    private static final int ROW_Y = 1;
    private static final int ROW_X0 = 3;
    private static final int ROW_DX = 5;
    private static final int ROW_N = 7;
    private static final int ROW_OUT = 8;
    private static final int ROW_OFFSET = 9;
    private static final int ROW_I = 10;
    private static final int ROW_X = 11;
    private static final int ROW_FIRST_FREE = 13;

    private BytecodeCompiler() {
    }

    /** Compiles the tree; throws a runtime exception (e.g. a method over 64 KiB) if it cannot. */
    static Kernel compile(Node root) throws ReflectiveOperationException {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, CLASS_NAME, null, "java/lang/Object", new String[] {KERNEL});
        constructor(cw);
        valueMethod(cw, root);
        rowMethod(cw, root);
        cw.visitEnd();
        MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true);
        return (Kernel) lookup.lookupClass().getDeclaredConstructor().newInstance();
    }

    private static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void valueMethod(ClassWriter cw, Node root) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "value", "(DD)D", null, null);
        mv.visitCode();
        new Emitter(mv, 1, 3, 5, Map.of()).emit(root);
        mv.visitInsn(DRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void rowMethod(ClassWriter cw, Node root) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "row", "(DDDI[DI)V", null, null);
        mv.visitCode();
        List<Node> hoisted = new ArrayList<>();
        collectRowInvariants(root, hoisted);
        Map<Node, Integer> slots = new IdentityHashMap<>();
        int next = ROW_FIRST_FREE;
        for (Node node : hoisted) {
            Emitter emitter = new Emitter(mv, ROW_X, ROW_Y, next + 2, slots);
            emitter.emit(node);
            mv.visitVarInsn(DSTORE, next);
            slots.put(node, next);
            next = emitter.nextFree;
        }
        Label loop = new Label();
        Label done = new Label();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, ROW_I);
        mv.visitLabel(loop);
        mv.visitVarInsn(ILOAD, ROW_I);
        mv.visitVarInsn(ILOAD, ROW_N);
        mv.visitJumpInsn(IF_ICMPGE, done);
        // x = x0 + i * dx
        mv.visitVarInsn(DLOAD, ROW_X0);
        mv.visitVarInsn(ILOAD, ROW_I);
        mv.visitInsn(I2D);
        mv.visitVarInsn(DLOAD, ROW_DX);
        mv.visitInsn(DMUL);
        mv.visitInsn(DADD);
        mv.visitVarInsn(DSTORE, ROW_X);
        // out[offset + i] = f
        mv.visitVarInsn(ALOAD, ROW_OUT);
        mv.visitVarInsn(ILOAD, ROW_OFFSET);
        mv.visitVarInsn(ILOAD, ROW_I);
        mv.visitInsn(IADD);
        new Emitter(mv, ROW_X, ROW_Y, next, slots).emit(root);
        mv.visitInsn(DASTORE);
        mv.visitIincInsn(ROW_I, 1);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The largest sub-trees that do not depend on x and are worth a local: computed once per row. */
    private static void collectRowInvariants(Node node, List<Node> out) {
        if (node instanceof Node.Num || node instanceof Node.Var) {
            return;
        }
        if (!Node.dependsOn(node, 0)) {
            out.add(node);
            return;
        }
        if (node instanceof Node.Neg n) {
            collectRowInvariants(n.operand(), out);
        } else if (node instanceof Node.Binary b) {
            collectRowInvariants(b.left(), out);
            collectRowInvariants(b.right(), out);
        } else if (node instanceof Node.Call c) {
            c.arguments().forEach(a -> collectRowInvariants(a, out));
        } else if (node instanceof Node.IntPower p) {
            collectRowInvariants(p.base(), out);
        }
    }

    /** Emits code that leaves a node's value on the operand stack. */
    private static final class Emitter {
        private final MethodVisitor mv;
        private final int xSlot;
        private final int ySlot;
        private final Map<Node, Integer> precomputed;
        int nextFree;

        Emitter(MethodVisitor mv, int xSlot, int ySlot, int firstFree, Map<Node, Integer> precomputed) {
            this.mv = mv;
            this.xSlot = xSlot;
            this.ySlot = ySlot;
            this.nextFree = firstFree;
            this.precomputed = precomputed;
        }

        void emit(Node node) {
            Integer slot = precomputed.get(node);
            if (slot != null) {
                mv.visitVarInsn(DLOAD, slot);
            } else if (node instanceof Node.Num n) {
                constant(n.value());
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

        private void constant(double value) {
            if (Double.doubleToRawLongBits(value) == 0L) {
                mv.visitInsn(DCONST_0);
            } else if (value == 1.0) {
                mv.visitInsn(DCONST_1);
            } else {
                mv.visitLdcInsn(value);
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
                int base = nextFree;
                nextFree += 2;
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
