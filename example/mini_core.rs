//! mini_core: a tiny `#![no_core]` stand-in for `core` that provides just the lang items, traits,
//! intrinsics and libc bindings needed by the example programs used to test the Cranelift backend.
//!
//! Everything here is deliberately small and straightforward: panics print a message to stdout
//! and abort, `Box` allocates with libc `malloc`, and `fn main` is called by the `start` lang item.

#![feature(
    no_core,
    lang_items,
    rustc_attrs,
    decl_macro,
    intrinsics,
    unboxed_closures,
    fundamental,
    auto_traits,
    dropck_eyepatch,
    pattern_types
)]
#![no_core]
#![allow(internal_features)]
#![rustc_coherence_is_core]

// ---------------------------------------------------------------------------------------------
// Size hierarchy and marker traits
// ---------------------------------------------------------------------------------------------

#[lang = "pointee_sized"]
#[fundamental]
#[rustc_coinductive]
pub trait PointeeSized {}

#[lang = "meta_sized"]
#[fundamental]
#[rustc_coinductive]
pub trait MetaSized: PointeeSized {}

#[lang = "sized"]
#[fundamental]
#[rustc_coinductive]
pub trait Sized: MetaSized {}

#[lang = "unsize"]
pub trait Unsize<T: PointeeSized>: PointeeSized {}

#[lang = "coerce_unsized"]
pub trait CoerceUnsized<T: PointeeSized> {}

impl<'a, 'b: 'a, T: PointeeSized + Unsize<U>, U: PointeeSized> CoerceUnsized<&'a U> for &'b T {}
impl<'a, T: PointeeSized + Unsize<U>, U: PointeeSized> CoerceUnsized<&'a mut U> for &'a mut T {}
impl<T: PointeeSized + Unsize<U>, U: PointeeSized> CoerceUnsized<*const U> for *const T {}
impl<T: PointeeSized + Unsize<U>, U: PointeeSized> CoerceUnsized<*mut U> for *mut T {}

#[lang = "dispatch_from_dyn"]
pub trait DispatchFromDyn<T> {}

impl<'a, T: PointeeSized + Unsize<U>, U: PointeeSized> DispatchFromDyn<&'a U> for &'a T {}
impl<'a, T: PointeeSized + Unsize<U>, U: PointeeSized> DispatchFromDyn<&'a mut U> for &'a mut T {}
impl<T: PointeeSized + Unsize<U>, U: PointeeSized> DispatchFromDyn<*const U> for *const T {}
impl<T: PointeeSized + Unsize<U>, U: PointeeSized> DispatchFromDyn<*mut U> for *mut T {}

#[lang = "copy"]
pub trait Copy: Clone {}

#[lang = "clone"]
pub trait Clone: Sized {
    fn clone(&self) -> Self;
}

macro_rules! copy_clone_impls {
    ($($t:ty),*) => {
        $(
            impl Copy for $t {}
            impl Clone for $t {
                #[inline]
                fn clone(&self) -> Self {
                    *self
                }
            }
        )*
    };
}

copy_clone_impls!(bool, char, u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64, !);

impl<T: PointeeSized> Copy for *const T {}
impl<T: PointeeSized> Clone for *const T {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: PointeeSized> Copy for *mut T {}
impl<T: PointeeSized> Clone for *mut T {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: PointeeSized> Copy for &T {}
impl<T: PointeeSized> Clone for &T {
    fn clone(&self) -> Self {
        *self
    }
}

#[lang = "sync"]
pub unsafe auto trait Sync {}

pub unsafe auto trait Send {}

#[lang = "freeze"]
pub unsafe auto trait Freeze {}

#[lang = "unsafe_unpin"]
pub unsafe auto trait UnsafeUnpin {}

#[lang = "unpin"]
pub auto trait Unpin {}

#[lang = "destruct"]
pub trait Destruct: PointeeSized {}

#[lang = "tuple_trait"]
pub trait Tuple {}

#[lang = "structural_peq"]
pub trait StructuralPartialEq {}

#[lang = "phantom_data"]
pub struct PhantomData<T: PointeeSized>;

impl<T: PointeeSized> Copy for PhantomData<T> {}
impl<T: PointeeSized> Clone for PhantomData<T> {
    fn clone(&self) -> Self {
        PhantomData
    }
}

#[lang = "legacy_receiver"]
pub trait LegacyReceiver: PointeeSized {}

impl<T: PointeeSized> LegacyReceiver for &T {}
impl<T: PointeeSized> LegacyReceiver for &mut T {}

#[lang = "receiver"]
pub trait Receiver: PointeeSized {
    #[lang = "receiver_target"]
    type Target: ?Sized;
}

impl<P: ?Sized + Deref<Target = T>, T: ?Sized> Receiver for P {
    type Target = T;
}

// ---------------------------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------------------------

macro_rules! binop_trait {
    ($lang:literal, $tr:ident, $method:ident, $lang_assign:literal, $tr_assign:ident, $method_assign:ident) => {
        #[lang = $lang]
        pub trait $tr<Rhs = Self> {
            type Output;
            fn $method(self, rhs: Rhs) -> Self::Output;
        }

        #[lang = $lang_assign]
        pub trait $tr_assign<Rhs = Self> {
            fn $method_assign(&mut self, rhs: Rhs);
        }
    };
}

binop_trait!("add", Add, add, "add_assign", AddAssign, add_assign);
binop_trait!("sub", Sub, sub, "sub_assign", SubAssign, sub_assign);
binop_trait!("mul", Mul, mul, "mul_assign", MulAssign, mul_assign);
binop_trait!("div", Div, div, "div_assign", DivAssign, div_assign);
binop_trait!("rem", Rem, rem, "rem_assign", RemAssign, rem_assign);
binop_trait!("bitand", BitAnd, bitand, "bitand_assign", BitAndAssign, bitand_assign);
binop_trait!("bitor", BitOr, bitor, "bitor_assign", BitOrAssign, bitor_assign);
binop_trait!("bitxor", BitXor, bitxor, "bitxor_assign", BitXorAssign, bitxor_assign);
binop_trait!("shl", Shl, shl, "shl_assign", ShlAssign, shl_assign);
binop_trait!("shr", Shr, shr, "shr_assign", ShrAssign, shr_assign);

#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

#[lang = "not"]
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

// The bodies below use the operators on primitive operands, which the compiler lowers to
// built-in MIR operations, so they do not recurse.
macro_rules! binop_impls {
    ($tr:ident, $method:ident, $tr_assign:ident, $method_assign:ident, $op:tt; $($t:ty),*) => {
        $(
            impl $tr for $t {
                type Output = $t;
                #[inline]
                fn $method(self, rhs: $t) -> $t {
                    self $op rhs
                }
            }
            impl $tr_assign for $t {
                #[inline]
                fn $method_assign(&mut self, rhs: $t) {
                    *self = *self $op rhs;
                }
            }
        )*
    };
}

binop_impls!(Add, add, AddAssign, add_assign, +; u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);
binop_impls!(Sub, sub, SubAssign, sub_assign, -; u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);
binop_impls!(Mul, mul, MulAssign, mul_assign, *; u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);
binop_impls!(Div, div, DivAssign, div_assign, /; u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);
binop_impls!(Rem, rem, RemAssign, rem_assign, %; u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);
binop_impls!(BitAnd, bitand, BitAndAssign, bitand_assign, &; bool, u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);
binop_impls!(BitOr, bitor, BitOrAssign, bitor_assign, |; bool, u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);
binop_impls!(BitXor, bitxor, BitXorAssign, bitxor_assign, ^; bool, u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

// Shifts accept any integer type as the shift amount.
macro_rules! shift_impls {
    ($($t:ty),*) => {
        $( shift_impls!(@rhs $t; u8, u16, u32, u64, usize, i8, i16, i32, i64, isize); )*
    };
    (@rhs $t:ty; $($r:ty),*) => {
        $(
            impl Shl<$r> for $t {
                type Output = $t;
                #[inline]
                fn shl(self, rhs: $r) -> $t {
                    self << rhs
                }
            }
            impl Shr<$r> for $t {
                type Output = $t;
                #[inline]
                fn shr(self, rhs: $r) -> $t {
                    self >> rhs
                }
            }
            impl ShlAssign<$r> for $t {
                #[inline]
                fn shl_assign(&mut self, rhs: $r) {
                    *self = *self << rhs;
                }
            }
            impl ShrAssign<$r> for $t {
                #[inline]
                fn shr_assign(&mut self, rhs: $r) {
                    *self = *self >> rhs;
                }
            }
        )*
    };
}

shift_impls!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

macro_rules! neg_impls {
    ($($t:ty),*) => {
        $(
            impl Neg for $t {
                type Output = $t;
                #[inline]
                fn neg(self) -> $t {
                    -self
                }
            }
        )*
    };
}

neg_impls!(i8, i16, i32, i64, isize, f32, f64);

macro_rules! not_impls {
    ($($t:ty),*) => {
        $(
            impl Not for $t {
                type Output = $t;
                #[inline]
                fn not(self) -> $t {
                    !self
                }
            }
        )*
    };
}

not_impls!(bool, u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

// ---------------------------------------------------------------------------------------------
// Comparisons
// ---------------------------------------------------------------------------------------------

#[lang = "Ordering"]
#[repr(i8)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Copy for Ordering {}
impl Clone for Ordering {
    fn clone(&self) -> Self {
        *self
    }
}

impl Ordering {
    pub fn as_i32(self) -> i32 {
        self as i8 as i32
    }
}

#[lang = "eq"]
pub trait PartialEq<Rhs: PointeeSized = Self>: PointeeSized {
    fn eq(&self, other: &Rhs) -> bool;
    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

#[lang = "partial_ord"]
pub trait PartialOrd<Rhs: PointeeSized = Self>: PartialEq<Rhs> + PointeeSized {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;

    fn lt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) => true,
            _ => false,
        }
    }
    fn le(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Less) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }
    fn gt(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) => true,
            _ => false,
        }
    }
    fn ge(&self, other: &Rhs) -> bool {
        match self.partial_cmp(other) {
            Some(Ordering::Greater) | Some(Ordering::Equal) => true,
            _ => false,
        }
    }
}

macro_rules! int_cmp_impls {
    ($($t:ty),*) => {
        $(
            impl PartialEq for $t {
                #[inline]
                fn eq(&self, other: &$t) -> bool {
                    *self == *other
                }
                #[inline]
                fn ne(&self, other: &$t) -> bool {
                    *self != *other
                }
            }
            impl PartialOrd for $t {
                #[inline]
                fn partial_cmp(&self, other: &$t) -> Option<Ordering> {
                    Some(intrinsics::three_way_compare(*self, *other))
                }
                #[inline]
                fn lt(&self, other: &$t) -> bool {
                    *self < *other
                }
                #[inline]
                fn le(&self, other: &$t) -> bool {
                    *self <= *other
                }
                #[inline]
                fn gt(&self, other: &$t) -> bool {
                    *self > *other
                }
                #[inline]
                fn ge(&self, other: &$t) -> bool {
                    *self >= *other
                }
            }
        )*
    };
}

int_cmp_impls!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

// Floats can be unordered; bool and char are not integers for `three_way_compare`.
macro_rules! float_cmp_impls {
    ($($t:ty),*) => {
        $(
            impl PartialEq for $t {
                #[inline]
                fn eq(&self, other: &$t) -> bool {
                    *self == *other
                }
                #[inline]
                fn ne(&self, other: &$t) -> bool {
                    *self != *other
                }
            }
            impl PartialOrd for $t {
                fn partial_cmp(&self, other: &$t) -> Option<Ordering> {
                    if *self < *other {
                        Some(Ordering::Less)
                    } else if *self > *other {
                        Some(Ordering::Greater)
                    } else if *self == *other {
                        Some(Ordering::Equal)
                    } else {
                        None
                    }
                }
                #[inline]
                fn lt(&self, other: &$t) -> bool {
                    *self < *other
                }
                #[inline]
                fn le(&self, other: &$t) -> bool {
                    *self <= *other
                }
                #[inline]
                fn gt(&self, other: &$t) -> bool {
                    *self > *other
                }
                #[inline]
                fn ge(&self, other: &$t) -> bool {
                    *self >= *other
                }
            }
        )*
    };
}

float_cmp_impls!(f32, f64, bool, char);

#[allow(ambiguous_wide_pointer_comparisons)]
impl<T: ?Sized> PartialEq for *const T {
    fn eq(&self, other: &*const T) -> bool {
        *self == *other
    }
}

#[allow(ambiguous_wide_pointer_comparisons)]
impl<T: ?Sized> PartialEq for *mut T {
    fn eq(&self, other: &*mut T) -> bool {
        *self == *other
    }
}

impl<T: PartialEq + ?Sized> PartialEq for &T {
    fn eq(&self, other: &&T) -> bool {
        (**self).eq(*other)
    }
}

impl<T: PartialEq, const N: usize> PartialEq for [T; N] {
    fn eq(&self, other: &[T; N]) -> bool {
        let mut i = 0;
        while i < N {
            if self[i] != other[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T: PartialEq> PartialEq for [T] {
    fn eq(&self, other: &[T]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if self[i] != other[i] {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl PartialEq for str {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

// ---------------------------------------------------------------------------------------------
// Deref, indexing, drop, function traits
// ---------------------------------------------------------------------------------------------

#[lang = "deref"]
pub trait Deref: PointeeSized {
    #[lang = "deref_target"]
    type Target: ?Sized;
    fn deref(&self) -> &Self::Target;
}

#[lang = "deref_mut"]
pub trait DerefMut: Deref + PointeeSized {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

#[lang = "deref_pure"]
pub unsafe trait DerefPure: PointeeSized {}

impl<T: ?Sized> Deref for &T {
    type Target = T;
    fn deref(&self) -> &T {
        *self
    }
}
unsafe impl<T: ?Sized> DerefPure for &T {}

impl<T: ?Sized> Deref for &mut T {
    type Target = T;
    fn deref(&self) -> &T {
        *self
    }
}
impl<T: ?Sized> DerefMut for &mut T {
    fn deref_mut(&mut self) -> &mut T {
        *self
    }
}
unsafe impl<T: ?Sized> DerefPure for &mut T {}

/// Pointer metadata: `()` for thin pointers, the length for slices, a vtable for trait objects.
#[lang = "pointee_trait"]
pub trait Pointee: PointeeSized {
    #[lang = "metadata_type"]
    type Metadata: Copy;
}

/// The metadata of a `dyn Trait` pointer: a pointer to the vtable.
#[lang = "dyn_metadata"]
pub struct DynMetadata<Dyn: PointeeSized> {
    _vtable_ptr: *const (),
    _phantom: PhantomData<Dyn>,
}

impl<Dyn: PointeeSized> Copy for DynMetadata<Dyn> {}
impl<Dyn: PointeeSized> Clone for DynMetadata<Dyn> {
    fn clone(&self) -> Self {
        *self
    }
}

#[lang = "index"]
pub trait Index<Idx: ?Sized> {
    type Output: ?Sized;
    fn index(&self, index: Idx) -> &Self::Output;
}

#[lang = "index_mut"]
pub trait IndexMut<Idx: ?Sized>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

impl<T> Index<usize> for [T] {
    type Output = T;
    fn index(&self, index: usize) -> &T {
        &self[index]
    }
}

impl<T> IndexMut<usize> for [T] {
    fn index_mut(&mut self, index: usize) -> &mut T {
        &mut self[index]
    }
}

impl<T, const N: usize> Index<usize> for [T; N] {
    type Output = T;
    fn index(&self, index: usize) -> &T {
        &self[index]
    }
}

impl<T, const N: usize> IndexMut<usize> for [T; N] {
    fn index_mut(&mut self, index: usize) -> &mut T {
        &mut self[index]
    }
}

#[lang = "drop"]
pub trait Drop {
    fn drop(&mut self);
}

/// Replaced by the compiler with the drop glue of `T`.
#[lang = "drop_glue"]
unsafe fn drop_glue<T: PointeeSized>(_: &mut T) {}

pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T) {
    unsafe { drop_glue(&mut *to_drop) }
}

pub fn drop<T>(_x: T) {}

#[lang = "fn_once"]
#[rustc_paren_sugar]
pub trait FnOnce<Args: Tuple> {
    #[lang = "fn_once_output"]
    type Output;
    extern "rust-call" fn call_once(self, args: Args) -> Self::Output;
}

#[lang = "fn_mut"]
#[rustc_paren_sugar]
pub trait FnMut<Args: Tuple>: FnOnce<Args> {
    extern "rust-call" fn call_mut(&mut self, args: Args) -> Self::Output;
}

#[lang = "fn"]
#[rustc_paren_sugar]
pub trait Fn<Args: Tuple>: FnMut<Args> {
    extern "rust-call" fn call(&self, args: Args) -> Self::Output;
}

impl<'a, Args: Tuple, F: Fn<Args> + ?Sized> FnOnce<Args> for &'a F {
    type Output = F::Output;
    extern "rust-call" fn call_once(self, args: Args) -> F::Output {
        (*self).call(args)
    }
}
impl<'a, Args: Tuple, F: Fn<Args> + ?Sized> FnMut<Args> for &'a F {
    extern "rust-call" fn call_mut(&mut self, args: Args) -> F::Output {
        (**self).call(args)
    }
}
impl<'a, Args: Tuple, F: Fn<Args> + ?Sized> Fn<Args> for &'a F {
    extern "rust-call" fn call(&self, args: Args) -> F::Output {
        (**self).call(args)
    }
}

// ---------------------------------------------------------------------------------------------
// Option, ranges and iteration (enough for `for i in a..b`)
// ---------------------------------------------------------------------------------------------

#[lang = "Option"]
pub enum Option<T> {
    #[lang = "None"]
    None,
    #[lang = "Some"]
    Some(T),
}

pub use Option::{None, Some};

impl<T: Copy> Copy for Option<T> {}
impl<T: Copy> Clone for Option<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Option<T> {
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }
    pub fn is_none(&self) -> bool {
        !self.is_some()
    }
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(v) => v,
            None => panic("called `Option::unwrap()` on a `None` value"),
        }
    }
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(v) => v,
            None => default,
        }
    }
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(v) => Some(v),
            None => None,
        }
    }
    pub fn take(&mut self) -> Option<T> {
        let mut out = None;
        swap(self, &mut out);
        out
    }
}

#[lang = "Range"]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

#[lang = "iterator"]
#[must_use]
pub trait Iterator {
    type Item;
    #[lang = "next"]
    fn next(&mut self) -> Option<Self::Item>;
}

pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;
    #[lang = "into_iter"]
    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;
    fn into_iter(self) -> I {
        self
    }
}

/// Types that a `Range` can iterate over.
pub trait Step: Copy + PartialOrd {
    fn successor(self) -> Self;
}

macro_rules! step_impls {
    ($($t:ty),*) => {
        $(
            impl Step for $t {
                #[inline]
                fn successor(self) -> $t {
                    self + 1
                }
            }
        )*
    };
}

step_impls!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl<A: Step> Iterator for Range<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let v = self.start;
            self.start = v.successor();
            Some(v)
        } else {
            None
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Slices and strings
// ---------------------------------------------------------------------------------------------

impl<T> [T] {
    #[lang = "slice_len_fn"]
    pub fn len(&self) -> usize {
        intrinsics::ptr_metadata(self)
    }
    pub fn as_ptr(&self) -> *const T {
        self as *const [T] as *const T
    }
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut [T] as *mut T
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl str {
    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }
    pub fn as_bytes(&self) -> &[u8] {
        unsafe { intrinsics::transmute::<&str, &[u8]>(self) }
    }
    pub fn as_ptr(&self) -> *const u8 {
        self as *const str as *const u8
    }
}

/// Builds a slice from a pointer and a length.
pub unsafe fn slice_from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T] {
    unsafe { &*intrinsics::aggregate_raw_ptr::<*const [T], *const T, usize>(data, len) }
}

/// Builds a mutable slice from a pointer and a length.
pub unsafe fn slice_from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T] {
    unsafe { &mut *intrinsics::aggregate_raw_ptr::<*mut [T], *mut T, usize>(data, len) }
}

/// The type of C string literals (`c"..."`): the bytes including the terminating NUL.
#[lang = "CStr"]
#[repr(transparent)]
pub struct CStr {
    inner: [i8],
}

impl CStr {
    pub fn as_ptr(&self) -> *const i8 {
        &self.inner as *const [i8] as *const i8
    }
}

// ---------------------------------------------------------------------------------------------
// Float bit access
// ---------------------------------------------------------------------------------------------

#[allow(unnecessary_transmutes)]
impl f32 {
    pub fn to_bits(self) -> u32 {
        unsafe { intrinsics::transmute(self) }
    }
    pub fn from_bits(bits: u32) -> f32 {
        unsafe { intrinsics::transmute(bits) }
    }
    pub fn is_nan(self) -> bool {
        self != self
    }
}

#[allow(unnecessary_transmutes)]
impl f64 {
    pub fn to_bits(self) -> u64 {
        unsafe { intrinsics::transmute(self) }
    }
    pub fn from_bits(bits: u64) -> f64 {
        unsafe { intrinsics::transmute(bits) }
    }
    pub fn is_nan(self) -> bool {
        self != self
    }
}

// ---------------------------------------------------------------------------------------------
// Raw pointer helpers
// ---------------------------------------------------------------------------------------------

impl<T: PointeeSized> *const T {
    pub fn is_null(self) -> bool {
        self as *const u8 as usize == 0
    }
}

impl<T: PointeeSized> *mut T {
    pub fn is_null(self) -> bool {
        self as *const u8 as usize == 0
    }
}

impl<T> *const T {
    pub unsafe fn add(self, count: usize) -> *const T {
        unsafe { intrinsics::offset(self, count) }
    }
    pub unsafe fn offset(self, count: isize) -> *const T {
        unsafe { intrinsics::offset(self, count) }
    }
    pub unsafe fn read(self) -> T {
        unsafe { intrinsics::read_via_copy(self) }
    }
}

impl<T> *mut T {
    pub unsafe fn add(self, count: usize) -> *mut T {
        unsafe { intrinsics::offset(self, count) }
    }
    pub unsafe fn offset(self, count: isize) -> *mut T {
        unsafe { intrinsics::offset(self, count) }
    }
    pub unsafe fn read(self) -> T {
        unsafe { intrinsics::read_via_copy(self) }
    }
    pub unsafe fn write(self, value: T) {
        unsafe { intrinsics::write_via_move(self, value) }
    }
}

pub fn null<T>() -> *const T {
    0usize as *const T
}

pub fn null_mut<T>() -> *mut T {
    0usize as *mut T
}

// ---------------------------------------------------------------------------------------------
// Memory helpers
// ---------------------------------------------------------------------------------------------

/// Gives access to the size and alignment of a type as associated constants.
pub trait SizedTypeProperties: Sized {
    #[lang = "mem_size_const"]
    const SIZE: usize = intrinsics::size_of::<Self>();
    #[lang = "mem_align_const"]
    const ALIGN: usize = intrinsics::align_of::<Self>();
}

impl<T> SizedTypeProperties for T {}

pub const fn size_of<T>() -> usize {
    <T as SizedTypeProperties>::SIZE
}

pub const fn align_of<T>() -> usize {
    <T as SizedTypeProperties>::ALIGN
}

pub fn size_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::size_of_val(val) }
}

pub fn align_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::align_of_val(val) }
}

pub use intrinsics::transmute;

pub fn forget<T>(x: T) {
    intrinsics::forget(x)
}

pub fn swap<T>(a: &mut T, b: &mut T) {
    unsafe {
        let tmp = intrinsics::read_via_copy(a as *const T);
        intrinsics::copy_nonoverlapping(b as *const T, a as *mut T, 1);
        intrinsics::write_via_move(b as *mut T, tmp);
    }
}

pub fn replace<T>(dest: &mut T, value: T) -> T {
    unsafe {
        let old = intrinsics::read_via_copy(dest as *const T);
        intrinsics::write_via_move(dest as *mut T, value);
        old
    }
}

// ---------------------------------------------------------------------------------------------
// Box and the allocator
// ---------------------------------------------------------------------------------------------

#[rustc_builtin_macro(pattern_type)]
macro_rules! pattern_type {
    ($($arg:tt)*) => {
        /* compiler built-in */
    };
}

impl<T: PointeeSized + Unsize<U>, U: PointeeSized> CoerceUnsized<pattern_type!(*const U is !null)>
    for pattern_type!(*const T is !null)
{
}

impl<T: DispatchFromDyn<U>, U> DispatchFromDyn<pattern_type!(U is !null)> for pattern_type!(T is !null) {}

/// A non-null raw pointer; the null value is a niche for enclosing enums.
#[lang = "non_null"]
#[repr(transparent)]
pub struct NonNull<T: PointeeSized> {
    pointer: pattern_type!(*const T is !null),
}

impl<T: PointeeSized + Unsize<U>, U: PointeeSized> CoerceUnsized<NonNull<U>> for NonNull<T> {}
impl<T: PointeeSized + Unsize<U>, U: PointeeSized> DispatchFromDyn<NonNull<U>> for NonNull<T> {}

impl<T> NonNull<T> {
    /// `ptr` must not be null.
    pub unsafe fn new_unchecked(ptr: *mut T) -> NonNull<T> {
        unsafe { NonNull { pointer: intrinsics::transmute(ptr) } }
    }
}

impl<T: ?Sized> NonNull<T> {
    pub fn as_ptr(self) -> *mut T {
        unsafe { intrinsics::transmute::<NonNull<T>, *mut T>(self) }
    }
}

impl<T: ?Sized> Copy for NonNull<T> {}
impl<T: ?Sized> Clone for NonNull<T> {
    fn clone(&self) -> Self {
        *self
    }
}

/// The owning pointer inside a `Box`.
#[repr(transparent)]
pub struct Unique<T: ?Sized> {
    pointer: NonNull<T>,
    _marker: PhantomData<T>,
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Unique<U>> for Unique<T> {}
impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Unique<U>> for Unique<T> {}

/// The (zero-sized) allocator used by `Box`, backed by libc `malloc`/`free`.
#[lang = "global_alloc_ty"]
pub struct Global;

#[lang = "owned_box"]
#[fundamental]
pub struct Box<T: ?Sized, A = Global>(Unique<T>, A);

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Box<U>> for Box<T> {}
impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Box<U>> for Box<T> {}
impl<T: ?Sized> LegacyReceiver for Box<T> {}

/// Number of live allocations made through `alloc` (for leak checks in the examples).
pub static mut LIVE_ALLOCATIONS: isize = 0;

/// Allocates `size` bytes aligned to `align`; aborts on failure. `size` must not be zero.
pub unsafe fn alloc(size: usize, align: usize) -> *mut u8 {
    unsafe {
        let ptr = if align <= 16 {
            libc::malloc(size)
        } else {
            let mut out: *mut u8 = null_mut();
            if libc::posix_memalign(&mut out, align, size) != 0 {
                out = null_mut();
            }
            out
        };
        if ptr.is_null() {
            panic("out of memory");
        }
        LIVE_ALLOCATIONS += 1;
        ptr
    }
}

/// Frees memory obtained from `alloc`.
pub unsafe fn dealloc(ptr: *mut u8) {
    unsafe {
        LIVE_ALLOCATIONS -= 1;
        libc::free(ptr);
    }
}

impl<T> Box<T> {
    pub fn new(x: T) -> Box<T> {
        unsafe {
            let size = size_of::<T>();
            let ptr: *mut T = if size == 0 {
                align_of::<T>() as *mut T
            } else {
                alloc(size, align_of::<T>()) as *mut T
            };
            intrinsics::write_via_move(ptr, x);
            Box(Unique { pointer: NonNull::new_unchecked(ptr), _marker: PhantomData }, Global)
        }
    }

    /// Moves the value out of the box and frees the allocation.
    pub fn into_inner(b: Box<T>) -> T {
        *b
    }
}

impl<T: ?Sized> Box<T> {
    pub fn as_ptr(b: &Box<T>) -> *const T {
        b.0.pointer.as_ptr() as *const T
    }
}

unsafe impl<#[may_dangle] T: ?Sized, A> Drop for Box<T, A> {
    fn drop(&mut self) {
        // The contents have already been dropped by the compiler-generated drop glue.
        unsafe {
            let ptr = self.0.pointer.as_ptr();
            if intrinsics::size_of_val(ptr as *const T) != 0 {
                dealloc(ptr as *mut u8);
            }
        }
    }
}

impl<T: ?Sized> Deref for Box<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut **self
    }
}

unsafe impl<T: ?Sized> DerefPure for Box<T> {}

impl<Args: Tuple, F: FnMut<Args> + ?Sized> FnOnce<Args> for Box<F> {
    type Output = <F as FnOnce<Args>>::Output;
    extern "rust-call" fn call_once(mut self, args: Args) -> Self::Output {
        (*self).call_mut(args)
    }
}

impl<Args: Tuple, F: FnMut<Args> + ?Sized> FnMut<Args> for Box<F> {
    extern "rust-call" fn call_mut(&mut self, args: Args) -> Self::Output {
        (**self).call_mut(args)
    }
}

impl<Args: Tuple, F: Fn<Args> + ?Sized> Fn<Args> for Box<F> {
    extern "rust-call" fn call(&self, args: Args) -> Self::Output {
        (**self).call(args)
    }
}

// ---------------------------------------------------------------------------------------------
// Panics
// ---------------------------------------------------------------------------------------------

/// The source location of a panic, filled in by the compiler for `#[track_caller]` functions.
#[lang = "panic_location"]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

impl<'a> Location<'a> {
    #[track_caller]
    pub fn caller() -> &'static Location<'static> {
        intrinsics::caller_location()
    }
    pub fn file(&self) -> &'a str {
        self.file
    }
    pub fn line(&self) -> u32 {
        self.line
    }
    pub fn column(&self) -> u32 {
        self.col
    }
}

/// Prints `panicked at LINE:COL: <msg>` to stdout, flushes all C streams and aborts the process.
/// (The file name is left out so that the output does not depend on how the file was named on
/// the command line.)
#[track_caller]
pub fn panic(msg: &str) -> ! {
    panic_at(msg, intrinsics::caller_location())
}

#[inline(never)]
#[cold]
fn panic_at(msg: &str, loc: &Location<'_>) -> ! {
    unsafe {
        libc::printf(
            c"panicked at %u:%u: %.*s\n".as_ptr(),
            loc.line,
            loc.col,
            msg.len() as i32,
            msg.as_ptr(),
        );
        libc::fflush(null_mut());
        libc::abort();
    }
}

#[lang = "panic"]
#[track_caller]
fn panic_lang(msg: &'static str) -> ! {
    panic(msg)
}

#[lang = "panic_nounwind"]
#[rustc_nounwind]
fn panic_nounwind(msg: &'static str) -> ! {
    panic(msg)
}

#[lang = "panic_cannot_unwind"]
#[rustc_nounwind]
fn panic_cannot_unwind() -> ! {
    panic("panic in a function that cannot unwind")
}

#[lang = "panic_in_cleanup"]
#[rustc_nounwind]
fn panic_in_cleanup() -> ! {
    panic("panic in a destructor during cleanup")
}

#[lang = "panic_bounds_check"]
#[track_caller]
fn panic_bounds_check(index: usize, len: usize) -> ! {
    let loc = intrinsics::caller_location();
    unsafe {
        libc::printf(
            c"panicked at %u:%u: index out of bounds: the len is %zu but the index is %zu\n".as_ptr(),
            loc.line,
            loc.col,
            len,
            index,
        );
        libc::fflush(null_mut());
        libc::abort();
    }
}

#[lang = "panic_misaligned_pointer_dereference"]
#[rustc_nounwind]
#[track_caller]
fn panic_misaligned_pointer_dereference(required: usize, found: usize) -> ! {
    let loc = intrinsics::caller_location();
    unsafe {
        libc::printf(
            c"panicked at %u:%u: misaligned pointer dereference: address must be a multiple of %#zx but is %#zx\n"
                .as_ptr(),
            loc.line,
            loc.col,
            required,
            found,
        );
        libc::fflush(null_mut());
        libc::abort();
    }
}

#[lang = "panic_null_pointer_dereference"]
#[rustc_nounwind]
#[track_caller]
fn panic_null_pointer_dereference() -> ! {
    panic("null pointer dereference occurred")
}

#[lang = "panic_null_reference_constructed"]
#[rustc_nounwind]
#[track_caller]
fn panic_null_reference_constructed() -> ! {
    panic("null reference constructed")
}

#[rustc_builtin_macro]
macro_rules! stringify {
    ($($t:tt)*) => {
        /* compiler built-in */
    };
}

macro_rules! panic_const_fns {
    ($($lang:ident => $msg:literal,)*) => {
        $(
            #[lang = stringify!($lang)]
            #[track_caller]
            pub fn $lang() -> ! {
                panic($msg)
            }
        )*
    };
}

panic_const_fns! {
    panic_const_add_overflow => "attempt to add with overflow",
    panic_const_sub_overflow => "attempt to subtract with overflow",
    panic_const_mul_overflow => "attempt to multiply with overflow",
    panic_const_div_overflow => "attempt to divide with overflow",
    panic_const_rem_overflow => "attempt to calculate the remainder with overflow",
    panic_const_neg_overflow => "attempt to negate with overflow",
    panic_const_shr_overflow => "attempt to shift right with overflow",
    panic_const_shl_overflow => "attempt to shift left with overflow",
    panic_const_div_by_zero => "attempt to divide by zero",
    panic_const_rem_by_zero => "attempt to calculate the remainder with a divisor of zero",
}

/// Passed to the panic handler. Nothing in mini_core constructs one: it exists so that the
/// `panic_impl` lang item is present, which enables the null/alignment UB checks that rustc
/// inserts into MIR when debug assertions are on (as it does for programs using `core`).
#[lang = "panic_info"]
pub struct PanicInfo<'a> {
    _marker: PhantomData<&'a ()>,
}

unsafe extern "Rust" {
    #[lang = "panic_impl"]
    fn panic_impl(info: &PanicInfo<'_>) -> !;
}

#[panic_handler]
fn panic_handler(_info: &PanicInfo<'_>) -> ! {
    panic("explicit panic")
}

// ---------------------------------------------------------------------------------------------
// Program entry
// ---------------------------------------------------------------------------------------------

#[lang = "termination"]
pub trait Termination {
    fn report(self) -> i32;
}

impl Termination for () {
    fn report(self) -> i32 {
        0
    }
}

impl Termination for i32 {
    fn report(self) -> i32 {
        self
    }
}

/// Command line arguments, recorded by `start` before `main` runs.
pub static mut ARGC: isize = 0;
pub static mut ARGV: *const *const u8 = 0usize as *const *const u8;

#[lang = "start"]
fn start<T: Termination + 'static>(
    main: fn() -> T,
    argc: isize,
    argv: *const *const u8,
    _sigpipe: u8,
) -> isize {
    unsafe {
        ARGC = argc;
        ARGV = argv;
    }
    main().report() as isize
}

// ---------------------------------------------------------------------------------------------
// Intrinsics
// ---------------------------------------------------------------------------------------------

pub mod intrinsics {
    use crate::{Copy, Ordering, PointeeSized, Sized};

    #[rustc_intrinsic]
    pub unsafe fn unreachable() -> !;
    #[rustc_intrinsic]
    #[rustc_comptime]
    pub fn size_of<T>() -> usize;
    #[rustc_intrinsic]
    #[rustc_comptime]
    pub fn align_of<T>() -> usize;
    #[rustc_intrinsic]
    pub unsafe fn size_of_val<T: ?Sized>(ptr: *const T) -> usize;
    #[rustc_intrinsic]
    pub unsafe fn align_of_val<T: ?Sized>(ptr: *const T) -> usize;
    #[rustc_intrinsic]
    #[rustc_comptime]
    pub fn needs_drop<T: ?Sized>() -> bool;
    #[rustc_intrinsic]
    pub unsafe fn transmute<Src, Dst>(src: Src) -> Dst;
    #[rustc_intrinsic]
    pub fn forget<T>(x: T);
    #[rustc_intrinsic]
    pub unsafe fn offset<Ptr, Delta>(dst: Ptr, offset: Delta) -> Ptr;
    #[rustc_intrinsic]
    pub unsafe fn arith_offset<T>(dst: *const T, offset: isize) -> *const T;
    #[rustc_intrinsic]
    pub unsafe fn ptr_offset_from<T>(ptr: *const T, base: *const T) -> isize;
    #[rustc_intrinsic]
    pub unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
    #[rustc_intrinsic]
    pub unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);
    #[rustc_intrinsic]
    pub unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize);
    #[rustc_intrinsic]
    pub unsafe fn read_via_copy<T>(ptr: *const T) -> T;
    #[rustc_intrinsic]
    pub unsafe fn write_via_move<T>(ptr: *mut T, value: T);
    #[rustc_intrinsic]
    pub unsafe fn volatile_load<T>(src: *const T) -> T;
    #[rustc_intrinsic]
    pub unsafe fn volatile_store<T>(dst: *mut T, val: T);
    #[rustc_intrinsic]
    pub fn ptr_metadata<P: crate::Pointee<Metadata = M> + PointeeSized, M>(ptr: *const P) -> M;
    #[rustc_intrinsic]
    pub fn aggregate_raw_ptr<P, D, M>(data: D, meta: M) -> P;
    #[rustc_intrinsic]
    pub fn ctpop<T: Copy>(x: T) -> u32;
    #[rustc_intrinsic]
    pub fn ctlz<T: Copy>(x: T) -> u32;
    #[rustc_intrinsic]
    pub fn cttz<T: Copy>(x: T) -> u32;
    #[rustc_intrinsic]
    pub fn bswap<T: Copy>(x: T) -> T;
    #[rustc_intrinsic]
    pub fn bitreverse<T: Copy>(x: T) -> T;
    #[rustc_intrinsic]
    pub fn three_way_compare<T: Copy>(lhs: T, rhs: T) -> Ordering;
    #[rustc_intrinsic]
    pub fn add_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
    #[rustc_intrinsic]
    pub fn sub_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
    #[rustc_intrinsic]
    pub fn mul_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
    #[rustc_intrinsic]
    pub fn wrapping_add<T: Copy>(a: T, b: T) -> T;
    #[rustc_intrinsic]
    pub fn wrapping_sub<T: Copy>(a: T, b: T) -> T;
    #[rustc_intrinsic]
    pub fn wrapping_mul<T: Copy>(a: T, b: T) -> T;
    #[rustc_intrinsic]
    pub fn saturating_add<T: Copy>(a: T, b: T) -> T;
    #[rustc_intrinsic]
    pub fn saturating_sub<T: Copy>(a: T, b: T) -> T;
    #[rustc_intrinsic]
    pub unsafe fn unchecked_shl<T: Copy, U: Copy>(x: T, y: U) -> T;
    #[rustc_intrinsic]
    pub unsafe fn unchecked_shr<T: Copy, U: Copy>(x: T, y: U) -> T;
    #[rustc_intrinsic]
    pub unsafe fn exact_div<T: Copy>(x: T, y: T) -> T;
    #[rustc_intrinsic]
    pub fn black_box<T>(x: T) -> T;
    #[rustc_intrinsic]
    pub fn caller_location() -> &'static crate::Location<'static>;
    #[rustc_intrinsic]
    pub fn discriminant_value<T>(v: &T) -> <T as crate::DiscriminantKind>::Discriminant;
}

#[lang = "discriminant_kind"]
pub trait DiscriminantKind {
    #[lang = "discriminant_type"]
    type Discriminant;
}

/// Hides a value from the optimizer (used by examples to keep operations from being folded).
#[inline(never)]
pub fn black_box<T>(x: T) -> T {
    intrinsics::black_box(x)
}

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

pub mod arch {
    #[rustc_builtin_macro]
    pub macro asm("assembly template", $(operands,)* $(options($(option),*))?) {
        /* compiler built-in */
    }

    #[rustc_builtin_macro]
    pub macro global_asm("assembly template", $(operands,)* $(options($(option),*))?) {
        /* compiler built-in */
    }

    #[rustc_builtin_macro]
    pub macro naked_asm("assembly template", $(operands,)* $(options($(option),*))?) {
        /* compiler built-in */
    }
}

// ---------------------------------------------------------------------------------------------
// libc
// ---------------------------------------------------------------------------------------------

pub mod libc {
    #[link(name = "c")]
    unsafe extern "C" {
        pub fn printf(format: *const i8, ...) -> i32;
        pub fn puts(s: *const i8) -> i32;
        pub fn putchar(c: i32) -> i32;
        pub fn fflush(stream: *mut u8) -> i32;
        pub fn write(fd: i32, buf: *const u8, count: usize) -> isize;
        pub fn malloc(size: usize) -> *mut u8;
        pub fn calloc(nmemb: usize, size: usize) -> *mut u8;
        pub fn free(ptr: *mut u8);
        pub fn posix_memalign(memptr: *mut *mut u8, alignment: usize, size: usize) -> i32;
        pub fn abort() -> !;
        pub fn exit(status: i32) -> !;
        pub fn strlen(s: *const i8) -> usize;
        pub fn memcpy(dest: *mut u8, src: *const u8, n: usize) -> *mut u8;
        pub fn memset(dest: *mut u8, c: i32, n: usize) -> *mut u8;
        pub fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32;
        pub fn qsort(
            base: *mut u8,
            nmemb: usize,
            size: usize,
            compar: extern "C" fn(*const u8, *const u8) -> i32,
        );
        pub fn snprintf(buf: *mut i8, size: usize, format: *const i8, ...) -> i32;
        pub fn atoi(s: *const i8) -> i32;
    }
}

pub use libc::{printf, puts};

/// Prints a Rust string slice followed by a newline.
pub fn print_line(s: &str) {
    unsafe {
        libc::printf(c"%.*s\n".as_ptr(), s.len() as i32, s.as_ptr());
    }
}
