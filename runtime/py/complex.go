package py

import (
	"math/cmplx"

	"github.com/aioplay/aioplay/runtime/compile"
)

func toComplex(o Object) complex128 {
	if c, ok := o.(Complex); ok {
		return complex128(c)
	}
	f, _ := floatOperand(o)
	return complex(f, 0)
}

func complexBinary(th *Thread, op compile.BinOp, a, b Object) (Object, error) {
	x, y := toComplex(a), toComplex(b)
	switch op {
	case compile.OpAdd:
		return Complex(x + y), nil
	case compile.OpSub:
		return Complex(x - y), nil
	case compile.OpMul:
		return Complex(x * y), nil
	case compile.OpTrueDiv:
		if y == 0 {
			return nil, th.NewError(ZeroDivisionErrorType, "complex division by zero")
		}
		return Complex(x / y), nil
	case compile.OpPow:
		if x == 0 && (real(y) < 0 || imag(y) != 0) {
			return nil, th.NewError(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
		return complexPow(x, y), nil
	}
	return nil, nil
}

func complexPow(x, y complex128) Object { return Complex(cmplx.Pow(x, y)) }
